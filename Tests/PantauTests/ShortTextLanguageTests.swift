import Foundation
import Testing
@testable import Pantau

/// The language of texts with too few function words to tell: one-sentence notes, headlines.
@Suite struct ShortTextLanguageTests {
    static let guesser = Support.knowledge.cleaner.language
    /// The same function words without the vocabulary: what the guesser said before it had one.
    static let functionWordsOnly = LanguageGuesser(rules: Support.knowledge.cleaner.rules)

    static let indonesianNotes = [
        "ASN wajib netral.",
        "Bawaslu Sikka awasi ASN.",
        "Pemkab Ende gelar apel netralitas.",
        "Kades dilarang berkampanye.",
        "Camat Nita dipanggil Panwascam.",
        "Kepala Desa Watublapi diperiksa Bawaslu Sikka.",
        "Pilkada Kabupaten Kupang",
        "Pengawasan kampanye diperketat",
    ]

    @Test(arguments: indonesianNotes)
    func oneSentenceIndonesianIsIndonesian(text: String) {
        #expect(Self.guesser.guess(text) == "id")
        // Function words alone cannot tell: the vocabulary decides.
        #expect(Self.functionWordsOnly.guess(text) == "other")
    }

    @Test(arguments: [
        ("The bone marrow donor drive.", "en"),
        ("Election officials urged civil servants to stay neutral during the campaign.", "en"),
        ("Lorem ipsum dolor sit amet.", "other"),
        ("Sugeng rawuh wonten ing kutha.", "other"),
        ("Magandang umaga po sa inyong lahat.", "other"),
        ("选举监督机构要求公务员保持中立", "other"),
    ])
    func otherLanguagesStayOther(text: String, language: String) {
        #expect(Self.guesser.guess(text) == language)
    }

    /// Long prose is still decided by function words, as before.
    @Test func longProseIsUnchanged() {
        let indonesian = "Badan Pengawas Pemilu meminta seluruh aparatur sipil negara menjaga netralitas selama tahapan pemilihan kepala daerah berlangsung di wilayah itu."
        let english = "The election supervisory agency asked all civil servants to remain neutral while the regional head election is under way in the area."
        #expect(Self.guesser.guess(indonesian) == "id")
        #expect(Self.guesser.guess(english) == "en")
        #expect(Self.functionWordsOnly.guess(indonesian) == "id")
    }

    @Test func wordShapesAreIndonesianEvidence() throws {
        let evidence = try IndonesianEvidence(data: DataFile(name: "language-id.tsv", contents: """
            prefix\tmeng\t3
            circumfix\tdi\tkan
            suffix\tnya\t3
            """), regions: nil)
        for word in ["mengawasi", "dilaporkan", "kampanyenya"] { #expect(evidence.hasIndonesianShape(Array(word.utf8)), "\(word)") }
        for word in ["kenya", "discover", "mention", "dikan"] { #expect(!evidence.hasIndonesianShape(Array(word.utf8)), "\(word)") }
    }

    @Test func regionNamesCountButSharedWordsDoNot() throws {
        let evidence = try IndonesianEvidence(data: DataFile(name: "language-id.tsv", contents: "shared\tbone\n"), regions: DataFile(name: "regions.tsv", contents: """
            53.10\tkabupaten\tKabupaten Sikka\t53
            73.08\tkabupaten\tKabupaten Bone\t73
            53.10.01\tkecamatan\tPaga\t53.10
            """))
        var words = ""
        func count(_ text: String) -> Int {
            words = text
            return words.withUTF8 { evidence.count($0, function: StopWords([])).indonesian }
        }
        #expect(count("Sikka Kabupaten") == 2)
        #expect(count("Bone") == 0)
        #expect(count("Paga") == 0)
    }

    @Test func malformedVocabularyNamesTheLine() {
        #expect(throws: PantauError.dataFileMalformed(file: "language-id.tsv", line: 2, reason: "unknown kind 'wort' (word, prefix, circumfix, suffix, shared)")) {
            try IndonesianEvidence(data: DataFile(name: "language-id.tsv", contents: "word\tasn\nwort\tpns\n"), regions: nil)
        }
        #expect(throws: PantauError.self) {
            try IndonesianEvidence(data: DataFile(name: "language-id.tsv", contents: "prefix\tmeng\tx\n"), regions: nil)
        }
    }

    /// A one-line note is extracted; documents that are not Indonesian are counted where an operator looks.
    @Test func notIndonesianDocumentsAreCountedInRunJSONAndTheSummaryLine() throws {
        let input = Support.temporaryDirectory("lang-in"), output = Support.temporaryDirectory("lang-out")
        Support.write("Bupati Sikka: ASN wajib netral dalam Pilkada.\n", to: input.appendingPathComponent("note.txt"))
        Support.write("Bawaslu Sikka awasi ASN.\n", to: input.appendingPathComponent("note2.txt"))
        Support.write("The election agency asked all civil servants to stay neutral during the campaign.\n", to: input.appendingPathComponent("english.txt"))
        Support.write("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n", to: input.appendingPathComponent("latin.txt"))
        let result = try PantauBinary.run(["run", "--input", input.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("not Indonesian 2"), "\(result.stderr)")
        let run = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("run.json"))) as? [String: Any]
        #expect(run?["not_indonesian"] as? Int == 2)
        let reader = try CSVReader(path: output.appendingPathComponent("documents.csv").path)
        let header = try #require(reader.next())
        var language: [String: String] = [:]
        while let row = reader.next() {
            let record = Dictionary(uniqueKeysWithValues: zip(header, row))
            language[record["source"] ?? ""] = record["language"]
        }
        #expect(language == ["note.txt": "id", "note2.txt": "id", "english.txt": "en", "latin.txt": "other"])
        let claims = try String(contentsOf: output.appendingPathComponent("claims.csv"), encoding: .utf8)
        #expect(claims.contains("ASN wajib netral dalam Pilkada."))
    }
}
