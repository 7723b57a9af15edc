//! Duplicate detection on clean text. The same press release is republished by many
//! libraries with their own header, footer and menu; after cleaning, the texts are equal or
//! nearly so. Exact duplicates share a text hash; near-duplicates (≥ 90% of word 5-shingles
//! in common) are found with MinHash and banded locality-sensitive hashing, so a new page is
//! compared only with the few documents that share a band, not with the whole index.

/// Number of MinHash functions. 128 keeps the standard error of the similarity estimate
/// near 0.03 at 0.9, so the threshold below catches true 90% pairs almost always.
pub const HASHES: usize = 128;
/// Rows per LSH band: 32 bands of 4 make pairs at 0.9 candidates with probability > 0.999
/// and pairs at 0.3 only rarely.
const ROWS: usize = 4;
/// Shingle length in words.
const SHINGLE: usize = 5;
/// Estimated similarity at or above which two texts are near-duplicates.
pub const NEAR: f64 = 0.88;

/// MinHash signature of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u64>);

/// Hash of the normalised text (case, whitespace and punctuation ignored): equal for
/// exact duplicates however they were laid out.
pub fn text_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    // The digest of the lower-cased words joined by single spaces, fed word by word.
    let mut hasher = Sha256::new();
    for (i, word) in words(text).enumerate() {
        if i > 0 {
            hasher.update(b" ");
        }
        hasher.update(word.as_bytes());
    }
    crate::sources::hex_of(&hasher.finalize())[..32].to_string()
}

/// The text's words, lower-cased. Most words already are, so they are borrowed, not copied:
/// hashing every page twice (exact and near duplicates) allocated a string per word.
fn words(text: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().all(|c| c.is_lowercase() || c.is_ascii_digit()) {
                std::borrow::Cow::Borrowed(w)
            } else {
                std::borrow::Cow::Owned(w.to_lowercase())
            }
        })
}

impl Signature {
    pub fn of(text: &str) -> Signature {
        let words: Vec<u64> = words(text).map(|w| fnv1a(w.as_bytes())).collect();
        let mut mins = vec![u64::MAX; HASHES];
        // h_i(x) = a_i·x + b_i (a_i odd) over 64-bit words: a permutation for each i, and
        // cheap enough to run 128 times per shingle. x is already well mixed.
        let coefs: Vec<(u64, u64)> = (1..=HASHES as u64)
            .map(|i| (splitmix(i) | 1, splitmix(i + 1000)))
            .collect();
        let shingles = words.windows(SHINGLE.min(words.len()).max(1));
        for shingle in shingles {
            let h = shingle
                .iter()
                .fold(0xcbf2_9ce4_8422_2325u64, |acc, w| splitmix(acc ^ w));
            for (min, (a, b)) in mins.iter_mut().zip(&coefs) {
                let v = a.wrapping_mul(h).wrapping_add(*b);
                if v < *min {
                    *min = v;
                }
            }
        }
        Signature(mins)
    }

    /// Estimated Jaccard similarity of the two shingle sets.
    pub fn similarity(&self, other: &Signature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / HASHES as f64
    }

    /// One key per band: documents sharing a key are candidates. 32 bits of the band's hash
    /// are enough: a chance collision only adds a candidate that the similarity check drops
    /// (about one per band at 100,000 pages), and the index's term dictionaries of these random
    /// keys build faster when they are short (16 hex digits cost 3% of a 100,000-page ingest).
    pub fn band_keys(&self) -> Vec<String> {
        self.0
            .chunks(ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let h = rows.iter().fold(band as u64, |acc, r| splitmix(acc ^ r));
                format!("{band:02}{:08x}", h >> 32)
            })
            .collect()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// `None` for bytes that are not a signature (an index written otherwise).
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        (bytes.len() == HASHES * 8).then(|| {
            Signature(
                bytes
                    .chunks_exact(8)
                    .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
                    .collect(),
            )
        })
    }
}

/// Fixed hash functions (not std's hasher), because signatures are stored in the index
/// and must stay comparable across builds.
fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_extend(FNV_OFFSET, bytes)
}

/// FNV-1a's starting value.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes` continued from `hash` (a hash of what came before, or [`FNV_OFFSET`]).
pub(crate) fn fnv1a_extend(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// FNV-1a as a `HashMap` hasher: the word tables' keys are short words, for which SipHash's
/// setup costs more than the hashing. Pages crafted to collide could slow an ingest down,
/// never make it wrong; the caches that use it are bounded.
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv;

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(FNV_OFFSET)
    }
}

pub(crate) struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a_extend(self.0, bytes);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

fn splitmix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Gminna Biblioteka Publiczna w Szebniach zaprasza mieszkańców na \
        spotkanie partnerów lokalnych, które odbędzie się 20 października o godzinie 14:00 \
        w sali konferencyjnej urzędu gminy. Porozmawiamy o planie rozwoju biblioteki, o \
        zajęciach dla seniorów i dzieci, o kursach komputerowych i o wspólnym wniosku do \
        programu. Prosimy o potwierdzenie obecności telefonicznie do piątku. Spotkanie \
        poprowadzi dyrektor biblioteki, a gościem będzie przedstawiciel starostwa, który \
        opowie o doświadczeniach innych gmin powiatu jasielskiego w pracy z partnerami.";

    #[test]
    fn layout_does_not_change_the_text_hash() {
        let spaced = ARTICLE.replace(", ", " ,  ").to_uppercase();
        assert_eq!(text_hash(ARTICLE), text_hash(&spaced));
        assert_ne!(text_hash(ARTICLE), text_hash("Inny tekst."));
    }

    #[test]
    fn a_republished_text_is_near_and_a_different_one_is_not() {
        let a = Signature::of(ARTICLE);
        let republished = format!("{ARTICLE} Informację przekazała biblioteka w Jaśle.");
        let b = Signature::of(&republished);
        assert!(a.similarity(&b) >= NEAR, "{}", a.similarity(&b));
        let other = Signature::of(
            "Miejska Biblioteka Publiczna w Jaśle ogłasza konkurs plastyczny dla dzieci \
             ze szkół podstawowych. Prace można składać do końca maja w wypożyczalni.",
        );
        assert!(a.similarity(&other) < 0.2);
        let shared = a
            .band_keys()
            .iter()
            .zip(b.band_keys())
            .filter(|(x, y)| **x == *y)
            .count();
        assert!(shared > 0);
    }

    fn true_jaccard(a: &str, b: &str) -> f64 {
        let set = |t: &str| {
            let w: Vec<String> = words(t).map(String::from).collect();
            w.windows(SHINGLE)
                .map(|s| s.join(" "))
                .collect::<std::collections::HashSet<_>>()
        };
        let (a, b) = (set(a), set(b));
        a.intersection(&b).count() as f64 / a.union(&b).count() as f64
    }

    #[test]
    fn the_estimate_follows_the_true_similarity() {
        let extra = "Zapisy przyjmuje sekretariat szkoły oraz wypożyczalnia dla dorosłych w dni \
            robocze od poniedziałku do piątku w godzinach pracy biblioteki gminnej";
        let extra: Vec<&str> = extra.split_whitespace().collect();
        for k in 1..extra.len() {
            let b = format!("{ARTICLE} {}", extra[..k].join(" "));
            let (est, truth) = (
                Signature::of(ARTICLE).similarity(&Signature::of(&b)),
                true_jaccard(ARTICLE, &b),
            );
            assert!((est - truth).abs() < 0.1, "{k} words: {est} vs {truth}");
        }
    }

    #[test]
    fn signatures_round_trip_as_bytes() {
        let s = Signature::of(ARTICLE);
        assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s));
        assert_eq!(Signature::from_bytes(b"short"), None);
    }

    #[test]
    fn tiny_and_empty_texts_have_signatures() {
        assert_eq!(Signature::of("").0.len(), HASHES);
        let s = Signature::of("Dwa słowa");
        assert_eq!(s.similarity(&Signature::of("dwa SŁOWA")), 1.0);
    }
}
