import Testing
@testable import Pantau

@Suite struct StemmerTests {
    static let stripper: AffixStripper = {
        do { return try AffixStripper(data: try Support.dataDirectory.read("affixes.tsv")) } catch { fatalError("affixes.tsv: \(error)") }
    }()

    func roots(_ word: String) -> [String] {
        Self.stripper.roots(of: Array(word.utf8)[...]).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [
        ("mengawasi", "awas"), ("diawasi", "awas"), ("pengawasan", "awas"), ("pengawas", "awas"),
        ("pengawasannya", "awas"), ("memilih", "pilih"), ("menulis", "tulis"), ("menyapa", "sapa"),
        ("mendukung", "dukung"), ("berkampanye", "kampanye"), ("dikampanyekan", "kampanye"),
        ("pemecatan", "pecat"), ("keberpihakan", "pihak"), ("memantau", "pantau"), ("kewajiban", "wajib"),
        ("pelanggaran", "langgar"), ("kepercayaan", "percaya"), ("merusak", "rusak"), ("tergoda", "goda"),
    ])
    func findsTheRoot(word: String, root: String) {
        #expect(roots(word).contains(root), "\(word) → \(roots(word))")
    }

    @Test func keepsTheWordAndShortWordsAlone() {
        #expect(roots("asn") == ["asn"])
        #expect(roots("netral").first == "netral")
        // No remainder shorter than three letters: "di" + "a" is no root.
        #expect(!roots("dia").contains("a"))
    }

    @Test func rejectsAnUnknownAffixKind() {
        #expect(throws: PantauError.self) { try AffixStripper(data: DataFile(name: "affixes.tsv", contents: "infix\tel\n")) }
    }
}
