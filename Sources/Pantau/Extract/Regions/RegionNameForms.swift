/// The spellings under which writers name a region, derived from its official name.
///
/// Only regular variation lives here (spacing, hyphens, slash and bracket alternatives);
/// irregular names and abbreviations are data in region-aliases.tsv.
enum RegionNameForms {
    /// Written variants of a base name: "Pangkal Pinang" → also "Pangkalpinang";
    /// "Toli-Toli" → also "Tolitoli"; "Konda/Kondaga" → also "Konda", "Kondaga";
    /// "Misool (Misool Utara)" → also "Misool", "Misool Utara".
    static func variants(of name: String, level: Region.Level) -> [String] {
        var result = [name]
        func add(_ candidate: String) {
            let trimmed = candidate.split(separator: " ").joined(separator: " ")
            if !trimmed.isEmpty && !result.contains(trimmed) { result.append(trimmed) }
        }
        if name.utf8.contains(UInt8(ascii: "/")) {
            for part in name.split(separator: "/") { add(String(part)) }
        }
        if let open = name.firstIndex(of: "("), let close = name.firstIndex(of: ")"), open < close {
            add(String(name[..<open]))
            add(String(name[name.index(after: open)..<close]))
        }
        if name.utf8.contains(UInt8(ascii: "-")) {
            add(name.replacingOccurrences(of: "-", with: ""))
            add(name.replacingOccurrences(of: "-", with: " "))
        }
        // Two-word names are often written as one ("Pematangsiantar", "Palangkaraya",
        // "Lubukbasung"); a bare district still counts only with its regency or city named.
        let words = name.split(separator: " ")
        if words.count == 2 {
            add(words[0] + words[1].lowercased())
        }
        return result
    }

    /// The level word in front of an official name ("Kabupaten Sikka", "Kota Administrasi
    /// Jakarta Pusat") removed: the name as used with any prefix or none.
    static func baseName(_ name: String, level: Region.Level) -> String {
        let prefixes: [String]
        switch level {
        case .kabupaten: prefixes = ["Kabupaten Administrasi ", "Kabupaten "]
        case .kota: prefixes = ["Kota Administrasi ", "Kota "]
        case .provinsi, .kecamatan: prefixes = []
        }
        for prefix in prefixes where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }
}
