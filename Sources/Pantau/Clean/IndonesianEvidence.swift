/// Words that show a text is Indonesian when it has too few function words to tell:
/// vocabulary (language-id.tsv), the names of provinces, regencies and cities (regions.tsv),
/// and word shapes only Indonesian affixes make (meng-, di-...-kan, ke-...-an).
public struct IndonesianEvidence: Sendable {
    let words: StopWords
    let prefixes: [(affix: [UInt8], stem: Int)]
    let circumfixes: [(prefix: [UInt8], suffix: [UInt8])]
    let suffixes: [(affix: [UInt8], stem: Int)]

    public static let empty = IndonesianEvidence()

    init() {
        words = StopWords([])
        prefixes = []
        circumfixes = []
        suffixes = []
    }

    /// `regions`: the gazetteer table; its kabupaten, kota and provinsi names give words.
    public init(data: DataFile, regions: DataFile?) throws(PantauError) {
        var vocabulary: [String] = []
        var shared: Set<String> = []
        var prefixes: [(affix: [UInt8], stem: Int)] = []
        var circumfixes: [(prefix: [UInt8], suffix: [UInt8])] = []
        var suffixes: [(affix: [UInt8], stem: Int)] = []
        for (line, row) in data.numberedRows {
            func value(_ column: Int) throws(PantauError) -> String {
                guard column < row.count, !row[column].isEmpty else {
                    throw .dataFileMalformed(file: data.name, line: line, reason: "'\(row[0])' needs \(column) value(s) after it")
                }
                return row[column].lowercased()
            }
            func length(_ column: Int) throws(PantauError) -> Int {
                guard let number = Int(try value(column)), number >= 1 else {
                    throw .dataFileMalformed(file: data.name, line: line, reason: "column \(column + 1) must be a number of letters")
                }
                return number
            }
            switch row[0] {
            case "word": vocabulary.append(try value(1))
            case "shared": shared.insert(try value(1))
            case "prefix": prefixes.append((Array(try value(1).utf8), try length(2)))
            case "suffix": suffixes.append((Array(try value(1).utf8), try length(2)))
            case "circumfix": circumfixes.append((Array(try value(1).utf8), Array(try value(2).utf8)))
            default:
                throw .dataFileMalformed(file: data.name, line: line, reason: "unknown kind '\(row[0])' (word, prefix, circumfix, suffix, shared)")
            }
        }
        for row in regions?.rows ?? [] where row.count >= 3 && row[1] != "kecamatan" {
            for word in row[2].lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= 3 && !shared.contains(String(word)) {
                vocabulary.append(String(word))
            }
        }
        words = StopWords(vocabulary)
        self.prefixes = prefixes
        self.circumfixes = circumfixes
        self.suffixes = suffixes
    }

    /// Words in the text, and how many of them are Indonesian by the list `function`, the
    /// vocabulary or their shape.
    func count(_ bytes: UnsafeBufferPointer<UInt8>, function: StopWords) -> (words: Int, indonesian: Int) {
        var words = 0, indonesian = 0
        var word: [UInt8] = []
        var i = 0
        while i <= bytes.count {
            var b: UInt8 = i < bytes.count ? bytes[i] : 0x20
            // Curly quotes, dashes and the ellipsis separate words, as in `WordStats`.
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                b = 0x20
                i += 2
            }
            if WordStats.isWordByte(b) {
                word.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else if !word.isEmpty {
                words += 1
                let hash = StopWords.hash(word[...])
                if function.contains(hash: hash) || self.words.contains(hash: hash) || hasIndonesianShape(word) { indonesian += 1 }
                word.removeAll(keepingCapacity: true)
            }
            i += 1
        }
        return (words, indonesian)
    }

    func hasIndonesianShape(_ word: [UInt8]) -> Bool {
        for (affix, stem) in prefixes where word.count >= affix.count + stem && word.starts(with: affix) { return true }
        for (affix, stem) in suffixes where word.count >= affix.count + stem && word.reversed().starts(with: affix.reversed()) { return true }
        for (prefix, suffix) in circumfixes where word.count >= prefix.count + suffix.count + 3
            && word.starts(with: prefix) && word.reversed().starts(with: suffix.reversed()) {
            return true
        }
        return false
    }
}
