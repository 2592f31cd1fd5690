/// An administrative region from the Kemendagri table.
public struct Region: Sendable, Hashable {
    public enum Level: String, Sendable, CaseIterable { case provinsi, kabupaten, kota, kecamatan }
    public var code: String
    public var level: Level
    public var name: String
    public var parent: String
    /// The name without its level word: "Kabupaten Sikka" → "Sikka".
    public var baseName: String

    public var provinceCode: String { String(code.prefix(2)) }
}

/// The region table with lookups by code and by name.
public struct Gazetteer: Sendable {
    public private(set) var regions: [Region] = []
    private var byCode: [String: Int] = [:]
    public private(set) var aliases: [(alias: String, code: String)] = []

    public init(table: DataFile, aliases aliasFile: DataFile) throws(PantauError) {
        for (line, row) in table.numberedRows {
            guard row.count >= 4, let level = Region.Level(rawValue: row[1]) else {
                throw .dataFileMalformed(file: table.name, line: line, reason: "expected code, level, name, parent")
            }
            let region = Region(code: row[0], level: level, name: row[2], parent: row[3], baseName: Self.baseName(row[2], level: level))
            byCode[region.code] = regions.count
            regions.append(region)
        }
        for (line, row) in aliasFile.numberedRows {
            guard row.count >= 2, byCode[row[1]] != nil else {
                throw .dataFileMalformed(file: aliasFile.name, line: line, reason: "alias needs a known region code")
            }
            aliases.append((row[0], row[1]))
        }
    }

    public func region(code: String) -> Region? {
        byCode[code].map { regions[$0] }
    }

    func index(code: String) -> Int? { byCode[code] }

    /// The region a document is mainly about: its most mentioned regency or city (the first
    /// named on a tie), else its most mentioned province. For officials and claims without
    /// a region of their own.
    public func mainRegion(of mentions: [RegionMention]) -> Region? {
        for levels in [["kabupaten", "kota"], ["provinsi"]] {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for mention in mentions where levels.contains(mention.level) {
                if counts[mention.regionCode] == nil { order.append(mention.regionCode) }
                counts[mention.regionCode, default: 0] += 1
            }
            guard let most = counts.values.max(), let top = order.first(where: { counts[$0] == most }) else { continue }
            return region(code: top)
        }
        return nil
    }

    /// Regions whose official or base name or alias contains the query, case-insensitively.
    public func search(_ query: String) -> [Region] {
        let folded = TextNormalizer.fold(query)
        if let exact = region(code: query) { return [exact] }
        var found: [Region] = []
        var seen: Set<String> = []
        for alias in aliases where TextNormalizer.fold(alias.alias) == folded {
            if let region = region(code: alias.code), seen.insert(region.code).inserted { found.append(region) }
        }
        for region in regions where TextNormalizer.fold(region.name).contains(folded) || TextNormalizer.fold(region.baseName) == folded {
            if seen.insert(region.code).inserted { found.append(region) }
        }
        return found
    }

    static func baseName(_ name: String, level: Region.Level) -> String {
        RegionNameForms.baseName(name, level: level)
    }
}
