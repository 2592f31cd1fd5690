/// Lists the candidate roots of an Indonesian word by undoing affixes (affixes.tsv).
///
/// There is no root dictionary: every plausible root is returned and the caller keeps the
/// ones its lexicon names. Over-generation is harmless that way ("menulis" also yields the
/// non-word "nulis"), while a dictionary would miss the regional and new words of news text.
public struct AffixStripper: Sendable {
    struct Prefix: Sendable {
        let bytes: [UInt8]
        /// Letters put back in front of the remainder (nasal assimilation); [] means none.
        let restorations: [[UInt8]]
    }

    let prefixes: [Prefix]
    let suffixes: [[UInt8]]
    /// Shorter remainders are not taken as roots: "di" + "a" is not a word.
    let minimumRoot = 3

    public init(data: DataFile) throws(PantauError) {
        var prefixes: [Prefix] = []
        var suffixes: [[UInt8]] = []
        for (line, row) in data.numberedRows {
            guard row.count >= 2, !row[1].isEmpty else {
                throw .dataFileMalformed(file: data.name, line: line, reason: "expected kind and affix")
            }
            let affix = Array(row[1].lowercased().utf8)
            switch row[0] {
            case "prefix":
                let restorations = (row.count > 2 ? row[2] : "-").split(separator: ",").map {
                    $0 == "-" ? [] : Array($0.trimmingCharacters(in: .whitespaces).utf8)
                }
                prefixes.append(Prefix(bytes: affix, restorations: restorations.isEmpty ? [[]] : restorations))
            case "suffix":
                suffixes.append(affix)
            default:
                throw .dataFileMalformed(file: data.name, line: line, reason: "kind must be prefix or suffix, not \(row[0])")
            }
        }
        self.prefixes = prefixes.sorted { $0.bytes.count > $1.bytes.count }
        self.suffixes = suffixes.sorted { $0.count > $1.count }
    }

    /// The word itself and every candidate root, folded bytes in, folded bytes out.
    /// Up to two suffix layers (pengawasan|nya) and two prefix layers (ke|ber|pihak|an).
    public func roots(of word: ArraySlice<UInt8>) -> [[UInt8]] {
        var result: [[UInt8]] = [Array(word)]
        guard word.count > minimumRoot + 1 else { return result }
        var bases: [ArraySlice<UInt8>] = [word]
        for suffix in suffixes {
            guard let once = strip(suffix: suffix, from: word) else { continue }
            bases.append(once)
            for inner in suffixes { if let twice = strip(suffix: inner, from: once) { bases.append(twice) } }
        }
        for base in bases {
            if base.count != word.count { append(Array(base), to: &result) }
            stripPrefixes(base, depth: 2, into: &result)
        }
        return result
    }

    private func strip(suffix: [UInt8], from word: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard word.count >= suffix.count + minimumRoot, word.suffix(suffix.count).elementsEqual(suffix) else { return nil }
        return word.dropLast(suffix.count)
    }

    private func stripPrefixes(_ base: ArraySlice<UInt8>, depth: Int, into result: inout [[UInt8]]) {
        guard depth > 0 else { return }
        for prefix in prefixes where base.count > prefix.bytes.count && base.prefix(prefix.bytes.count).elementsEqual(prefix.bytes) {
            let rest = base.dropFirst(prefix.bytes.count)
            for restoration in prefix.restorations where rest.count + restoration.count >= minimumRoot {
                let root = restoration + Array(rest)
                append(root, to: &result)
                stripPrefixes(root[...], depth: depth - 1, into: &result)
            }
        }
    }

    private func append(_ root: [UInt8], to result: inout [[UInt8]]) {
        if !result.contains(root) { result.append(root) }
    }
}
