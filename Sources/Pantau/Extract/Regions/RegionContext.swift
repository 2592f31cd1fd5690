/// The words around region names, read from region-context.tsv and region-stoplist.tsv.
///
/// Phrases are kept as folded token strings; the matcher interns them into its vocabulary.
struct RegionContext: Sendable {
    /// Written before a name and part of the mention: "Kabupaten", "Kab.", "Pemkot", "Provinsi".
    var prefixes: [Region.Level: [[String]]] = [:]
    /// Written after a name and part of the mention: "Madiun Kota".
    var suffixes: [Region.Level: [[String]]] = [:]
    /// Role words before a bare name that fix its level, not part of the mention: "Bupati", "Wali Kota".
    var levelCues: [(phrase: [String], level: Region.Level)] = []
    /// Institutions before a bare name that name its region without fixing the level: "Bawaslu", "Polres".
    var institutions: [[String]] = []
    /// Words that make the following capitalised words a street, building, vessel or village.
    var notBefore: [[String]] = []
    /// Capitalised words that never belong to a person's name ("Di", "Warga", "Senin").
    var notName: Set<String> = []
    /// Words between the districts of a list after "Kecamatan": ",", "dan".
    var listJoiners: Set<String> = []
    /// Names taken only with a prefix or a cue ("cue"), or not at the start of a sentence ("mid").
    var cueOnly: Set<String> = []
    var notInitial: Set<String> = []

    init(context: DataFile, stoplist: DataFile) throws(PantauError) {
        for (line, row) in context.numberedRows {
            guard row.count >= 2, !row[1].isEmpty else {
                throw .dataFileMalformed(file: context.name, line: line, reason: "expected a cue kind and a phrase")
            }
            let phrase = row[1].split(separator: " ").map { TextNormalizer.fold(String($0)) }
            switch row[0] {
            case "not-before": notBefore.append(phrase)
            case "not-name": notName.insert(phrase.joined(separator: " "))
            case "list-joiner": listJoiners.insert(phrase.joined(separator: " "))
            case "institution": institutions.append(phrase)
            default:
                if row[0].hasPrefix("prefix-"), let level = Region.Level(rawValue: String(row[0].dropFirst(7))) {
                    prefixes[level, default: []].append(phrase)
                } else if row[0].hasPrefix("suffix-"), let level = Region.Level(rawValue: String(row[0].dropFirst(7))) {
                    suffixes[level, default: []].append(phrase)
                } else if let level = Region.Level(rawValue: row[0]) {
                    levelCues.append((phrase, level))
                } else {
                    throw .dataFileMalformed(file: context.name, line: line, reason: "unknown cue kind '\(row[0])'")
                }
            }
        }
        // Longest cue first, so "wakil wali kota" wins over "kota".
        levelCues.sort { $0.phrase.count > $1.phrase.count }
        for (line, row) in stoplist.numberedRows {
            guard row.count >= 2, !row[0].isEmpty else {
                throw .dataFileMalformed(file: stoplist.name, line: line, reason: "expected a name and a rule (cue or mid)")
            }
            let name = TextNormalizer.fold(row[0])
            switch row[1] {
            case "cue": cueOnly.insert(name)
            case "mid": notInitial.insert(name)
            default: throw .dataFileMalformed(file: stoplist.name, line: line, reason: "rule must be cue or mid, not '\(row[1])'")
            }
        }
    }
}
