/// GUIDE.md "Officials": a name is a name. A capitalised run after a role can be a common word
/// ("Tahun", "Petani", "Kemarin"), a division's name ("Pendidikan Pemilih") or a place; such a
/// run names no one.
extension OfficialDocument {
    /// A root word of common-words.txt, or a noun derived from one with the affixes news writes
    /// most: pe(N)-...-an, per-...-an, ke-...-an ("Pendidikan", "Kesehatan") and pe(N)- agent
    /// nouns ("Petani", "Pemilih"). Given names never count (given-names.txt).
    func isCommonWord(_ word: String) -> Bool {
        let common = lexicon.commonWords
        guard !common.isEmpty, !lexicon.givenNames.contains(word) else { return false }
        if common.contains(word) { return true }
        let bytes = Array(word.utf8)
        guard bytes.count >= 6 else { return false }
        let hasAn = bytes.count > 6 && bytes[bytes.count - 2] == 0x61 && bytes[bytes.count - 1] == 0x6E
        let stem = hasAn ? Array(bytes.dropLast(2)) : bytes
        for (prefix, restored) in Self.nominalPrefixes where stem.starts(with: prefix) {
            // "ke-" and "per-" make nouns only with "-an"; "pe(N)-" also makes agent nouns alone.
            if !hasAn && (prefix == Self.ke || prefix == Self.per) { continue }
            let rest = Array(stem.dropFirst(prefix.count))
            guard rest.count >= 3 else { continue }
            if common.contains(String(decoding: rest, as: UTF8.self)) { return true }
            if let restored, common.contains(String(decoding: [restored] + rest, as: UTF8.self)) { return true }
        }
        return false
    }

    /// The name is made only of common words (initials aside), none of them a given name.
    func isCommonWords(_ name: ParsedName) -> Bool {
        var words = 0
        for index in name.first...name.last where text.tokens[index].kind == .word {
            let word = folded[index]
            guard word.utf8.count >= 2 else { continue }
            if !isCommonWord(word) { return false }
            words += 1
        }
        return words > 0
    }

    private static let ke = Array("ke".utf8)
    private static let per = Array("per".utf8)
    /// Nominal prefixes, longest first, with the initial consonant a nasal replaced
    /// ("pemilih" from "pilih", "penulis" from "tulis", "penyidik" from "sidik").
    private static let nominalPrefixes: [([UInt8], UInt8?)] = [
        (Array("peng".utf8), 0x6B), (Array("peny".utf8), 0x73), (Array("pem".utf8), 0x70), (Array("pen".utf8), 0x74),
        (Array("per".utf8), nil), (Array("pe".utf8), nil), (Array("ke".utf8), nil),
    ]
}
