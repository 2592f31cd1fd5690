import Foundation

/// Names of Kemendagri region codes for the report (a kecamatan with its regency or city).
public struct RegionNames: Sendable {
    private var names: [String: String] = [:]

    public init() {}

    public init(gazetteer: Gazetteer) {
        for region in gazetteer.regions {
            if region.level == .kecamatan, let parent = gazetteer.region(code: region.parent) {
                names[region.code] = "\(region.name) (\(parent.name))"
            } else {
                names[region.code] = region.name
            }
        }
    }

    public func name(_ code: String) -> String? { names[code] }
}

/// A claim as the report lists it, with its document's date, title and address.
public struct ClaimListing: Sendable {
    public var docID: String
    public var claimID: String
    public var type: String
    public var subject: String
    public var speaker: String
    /// The speaker's role and institution from the document's officials.csv row.
    public var speakerRole: String
    public var regionCode: String
    public var regionName: String
    public var text: String
    public var url: String
    public var title: String
    public var site: String
    public var source: String
    public var published: String
    var date: PublishedDate?
    var start: Int

    /// Latest first; undated last; then by document and position, so the order is stable.
    static func latestFirst(_ a: ClaimListing, _ b: ClaimListing) -> Bool {
        let left = a.date?.instant ?? Int.min, right = b.date?.instant ?? Int.min
        if left != right { return left > right }
        if a.docID != b.docID { return a.docID < b.docID }
        return a.start < b.start
    }
}

/// The latest claims seen so far, at most `capacity` of them, whatever the number offered.
struct LatestClaims: Sendable {
    let capacity: Int
    private(set) var total = 0
    private var kept: [ClaimListing] = []
    /// Once `capacity` are kept: the date of the earliest of them; an earlier claim is not built.
    private var floor: Int?

    init(capacity: Int) { self.capacity = capacity }

    /// Counts a claim and keeps it if it may be among the latest; `make` builds it only then.
    mutating func offer(instant: Int?, _ make: () -> ClaimListing) {
        total += 1
        if let floor, (instant ?? Int.min) < floor { return }
        kept.append(make())
        if kept.count >= capacity * 4 { trim() }
    }

    mutating func offer(_ claim: ClaimListing) { offer(instant: claim.date?.instant) { claim } }

    private mutating func trim() {
        kept.sort(by: ClaimListing.latestFirst)
        if kept.count > capacity { kept.removeLast(kept.count - capacity) }
        if kept.count == capacity { floor = kept.last?.date?.instant ?? Int.min }
    }

    var listed: [ClaimListing] {
        var copy = self
        copy.trim()
        return copy.kept
    }
}

/// A person's counts while a dataset is read, keyed by official_id. Names and roles are read
/// afterwards for the people the report lists, in a second pass over officials.csv: a large
/// dataset names hundreds of thousands of people, and their strings were most of the memory.
struct PersonCounts: Sendable {
    var documents = 0, mentions = 0, claims = 0
    var sanction = 0, violation = 0, appeal = 0, oversight = 0, risk = 0, norm = 0

    mutating func count(_ type: String) {
        switch ClaimType(rawValue: type) {
        case .sanction?: sanction += 1
        case .violation?: violation += 1
        case .appeal?: appeal += 1
        case .oversight?: oversight += 1
        case .risk?: risk += 1
        case .norm?: norm += 1
        case nil: break
        }
    }

    var types: [String: Int] {
        let all = [("sanction", sanction), ("violation", violation), ("appeal", appeal), ("oversight", oversight), ("risk", risk), ("norm", norm)]
        return Dictionary(uniqueKeysWithValues: all.filter { $0.1 > 0 })
    }

    /// An official_id ("o" + 16 hex digits) as a number; any other text by its FNV-1a hash.
    static func key(_ id: String) -> UInt64 {
        if id.utf8.count == 17, id.hasPrefix("o"), let value = UInt64(id.dropFirst(), radix: 16) { return value }
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return hash
    }
}

/// One person across the dataset: as an official named in documents, or as a speaker of claims.
public struct PersonTally: Sendable {
    public var officialID: String
    public var name: String
    public var role: String
    public var qualifier: String
    public var institution: String
    public var regionName: String
    public var documents = 0
    public var mentions = 0
    public var claims = 0
    public var claimTypes: [String: Int] = [:]
}

/// An input that did not become an `ok` document, and why.
public struct ProblemInput: Sendable {
    public var docID: String
    public var source: String
    public var reason: String
}

/// What the report shows of one dataset, gathered in one pass over documents.csv,
/// officials.csv and claims.csv read in step by doc_id (all three are sorted by it), so the
/// memory used does not grow with the number of documents, only with the number of people.
public struct DatasetFacts: Sendable {
    public var folder: String
    public var run: RunInfo?
    public var documents = 0
    public var statusCounts: [String: Int] = [:]
    /// status → language (empty: none detected) → documents.
    public var languages: [String: [String: Int]] = [:]
    /// Per status other than ok: the first `problemLimit` inputs by doc_id.
    public var problems: [String: [ProblemInput]] = [:]
    public var claims = 0
    public var claimsByType: [String: Int] = [:]
    /// `YYYY-MM` of the document's `published` → type → claims; undated claims are counted apart.
    public var claimsByMonth: [String: [String: Int]] = [:]
    public var undatedClaims = 0
    public var claimsBySubject: [String: [String: Int]] = [:]
    /// Province code (first two digits of the claim's region; empty for none) → claims.
    public var claimsByProvince: [String: Int] = [:]
    public var attribution: [String: Int] = [:]
    public var officials = 0
    var people: [UInt64: PersonCounts] = [:]
    /// The speaker's name from claims.csv, for a speaker whose document has no officials.csv row.
    var unlistedSpeakers: [UInt64: String] = [:]
    public private(set) var distinctOfficials = 0
    public private(set) var distinctSpeakers = 0
    /// The people named in the most documents and quoted in the most claims (most first; on a
    /// tie, by official_id), with their names and roles as officials.csv first gives them.
    public private(set) var topOfficials: [PersonTally] = []
    public private(set) var topSpeakers: [PersonTally] = []
    var latest: LatestClaims
    /// Claims that are new against another dataset (`newClaimKeys`), violations and sanctions only.
    var newViolations: LatestClaims
    /// Rows of officials.csv or claims.csv whose doc_id has no documents.csv row.
    public var orphanRows = 0

    public static let problemLimit = 2_000
    public static let latestLimit = 50
    public static let newClaimLimit = 200
    public static let topPeople = 25
    /// The claim types listed as "latest violation and sanction claims".
    public static let enforcementTypes: Set<String> = [ClaimType.violation.rawValue, ClaimType.sanction.rawValue]

    public var latestEnforcement: [ClaimListing] { latest.listed }
    public var enforcementTotal: Int { latest.total }
    public var newEnforcement: [ClaimListing] { newViolations.listed }
    public var newEnforcementTotal: Int { newViolations.total }


    init(folder: String) {
        self.folder = folder
        latest = LatestClaims(capacity: Self.latestLimit)
        newViolations = LatestClaims(capacity: Self.newClaimLimit)
    }

    /// Column positions of one CSV, by name, so a reordered or widened table still reads.
    struct Columns {
        let indexes: [Int]
        init(_ header: [String], _ names: [String], file: String) throws(PantauError) {
            var indexes: [Int] = []
            for name in names {
                guard let index = header.firstIndex(of: name) else {
                    throw .inputUnreadable(path: file, reason: "it has no \(name) column: not a Pantau dataset table")
                }
                indexes.append(index)
            }
            self.indexes = indexes
        }
        func values(_ row: [String]) -> [String] { indexes.map { $0 < row.count ? row[$0] : "" } }
    }

    /// Reads a dataset folder. `newClaimKeys`: `doc_id/claim_id` of claims to list as new.
    public static func read(folder: String, regionNames: RegionNames, newClaimKeys: Set<String>? = nil) throws(PantauError) -> DatasetFacts {
        let documentsPath = (folder as NSString).appendingPathComponent("documents.csv")
        guard FileManager.default.fileExists(atPath: documentsPath) else { throw .inputNotFound(path: documentsPath) }
        var facts = DatasetFacts(folder: folder)
        facts.run = RunInfo.read(folder: folder)
        let documents = try GroupedRows(path: documentsPath)
        let documentColumns = try Columns(documents.header, ["status", "language", "source", "error", "published", "url", "title", "site"],
                                          file: documentsPath)
        let officials = try optionalTable(folder, "officials")
        let officialColumns = try officials.map { table throws(PantauError) in
            try Columns(table.header, ["official_id", "name", "role", "qualifier", "institution", "region_name", "mentions"],
                        file: (folder as NSString).appendingPathComponent("officials.csv"))
        }
        let claims = try optionalTable(folder, "claims")
        let claimColumns = try claims.map { table throws(PantauError) in
            try Columns(table.header, ["claim_id", "type", "subject", "speaker", "speaker_official_id", "attribution", "region_code",
                                       "start", "text"], file: (folder as NSString).appendingPathComponent("claims.csv"))
        }
        var officialGroup = officials?.nextGroup(), claimGroup = claims?.nextGroup()
        while let document = documents.nextGroup() {
            guard let row = document.rows.first else { continue }
            let values = documentColumns.values(row)
            let (status, language, source, error) = (values[0], values[1], values[2], values[3])
            let page = Page(published: values[4], url: values[5], title: values[6], site: values[7], source: source)
            facts.documents += 1
            facts.statusCounts[status, default: 0] += 1
            facts.languages[status, default: [:]][language, default: 0] += 1
            if status != DocumentStatus.ok.rawValue, facts.problems[status, default: []].count < problemLimit {
                facts.problems[status, default: []].append(ProblemInput(docID: document.docID, source: source, reason: error))
            }
            // Officials of this document, by id, for the speakers of its claims.
            var named: [String: [String]] = [:]
            while let group = officialGroup, group.docID <= document.docID {
                officialGroup = officials?.nextGroup()
                guard group.docID == document.docID, let officialColumns else { facts.orphanRows += group.rows.count; continue }
                for row in group.rows {
                    let official = officialColumns.values(row)
                    named[official[0]] = official
                    facts.tallyOfficial(official)
                }
            }
            while let group = claimGroup, group.docID <= document.docID {
                claimGroup = claims?.nextGroup()
                guard group.docID == document.docID, let claimColumns else { facts.orphanRows += group.rows.count; continue }
                for row in group.rows {
                    facts.tallyClaim(claimColumns.values(row), docID: document.docID, page: page, named: named,
                                     regionNames: regionNames, newClaimKeys: newClaimKeys)
                }
            }
        }
        // Rows after the last document belong to none.
        while let group = officialGroup { facts.orphanRows += group.rows.count; officialGroup = officials?.nextGroup() }
        while let group = claimGroup { facts.orphanRows += group.rows.count; claimGroup = claims?.nextGroup() }
        try facts.listPeople(folder: folder, officialColumns: officialColumns)
        return facts
    }

    /// Picks the people to list from their counts, then reads officials.csv again for their
    /// names and roles (the first row of each).
    private mutating func listPeople(folder: String, officialColumns: Columns?) throws(PantauError) {
        let named = people.filter { $0.value.documents > 0 }
            .sorted { ($0.value.documents, $0.value.mentions, $1.key) > ($1.value.documents, $1.value.mentions, $0.key) }
            .prefix(Self.topPeople).map(\.key)
        let quoted = people.filter { $0.value.claims > 0 }
            .sorted { ($0.value.claims, $1.key) > ($1.value.claims, $0.key) }
            .prefix(Self.topPeople).map(\.key)
        var wanted = Set(named).union(quoted)
        var found: [UInt64: [String]] = [:]
        if !wanted.isEmpty, let officialColumns, let table = try Self.optionalTable(folder, "officials") {
            while !wanted.isEmpty, let group = table.nextGroup() {
                for row in group.rows {
                    let official = officialColumns.values(row)
                    let key = PersonCounts.key(official[0])
                    if wanted.remove(key) != nil { found[key] = official }
                }
            }
        }
        func tally(_ key: UInt64) -> PersonTally {
            let counts = people[key] ?? PersonCounts()
            let row = found[key]
            return PersonTally(officialID: row?[0] ?? "", name: row?[1] ?? unlistedSpeakers[key] ?? "", role: row?[2] ?? "",
                               qualifier: row?[3] ?? "", institution: row?[4] ?? "", regionName: row?[5] ?? "",
                               documents: counts.documents, mentions: counts.mentions, claims: counts.claims, claimTypes: counts.types)
        }
        topOfficials = named.map(tally)
        topSpeakers = quoted.map(tally)
    }

    /// A table an older dataset may lack (read as empty).
    private static func optionalTable(_ folder: String, _ name: String) throws(PantauError) -> GroupedRows? {
        let path = (folder as NSString).appendingPathComponent(name + ".csv")
        return FileManager.default.fileExists(atPath: path) ? try GroupedRows(path: path) : nil
    }

    /// The document fields a claim listing shows.
    struct Page {
        var published: String
        var url: String
        var title: String
        var site: String
        var source: String
    }

    private mutating func tallyOfficial(_ official: [String]) {
        officials += 1
        let key = PersonCounts.key(official[0])
        if people[key, default: PersonCounts()].documents == 0 { distinctOfficials += 1 }
        people[key, default: PersonCounts()].documents += 1
        people[key, default: PersonCounts()].mentions += Int(official[6]) ?? 0
    }

    private mutating func tallyClaim(_ claim: [String], docID: String, page: Page, named: [String: [String]],
                                     regionNames: RegionNames, newClaimKeys: Set<String>?) {
        let (claimID, type, subject, speaker, speakerID, attribution, regionCode) =
            (claim[0], claim[1], claim[2], claim[3], claim[4], claim[5], claim[6])
        let date = PublishedDate(page.published)
        claims += 1
        claimsByType[type, default: 0] += 1
        if let date { claimsByMonth[date.month, default: [:]][type, default: 0] += 1 } else { undatedClaims += 1 }
        claimsBySubject[subject, default: [:]][type, default: 0] += 1
        claimsByProvince[String(regionCode.prefix(2)), default: 0] += 1
        if !attribution.isEmpty { self.attribution[attribution, default: 0] += 1 }
        let official = speakerID.isEmpty ? nil : named[speakerID]
        if !speakerID.isEmpty {
            let key = PersonCounts.key(speakerID)
            if people[key, default: PersonCounts()].claims == 0 {
                distinctSpeakers += 1
                if official == nil { unlistedSpeakers[key] = speaker }
            }
            people[key, default: PersonCounts()].claims += 1
            people[key, default: PersonCounts()].count(type)
        }
        guard Self.enforcementTypes.contains(type) else { return }
        func listing() -> ClaimListing {
            let role = official.map { [$0[3], $0[2], $0[4]].filter { !$0.isEmpty }.joined(separator: " ") } ?? ""
            return ClaimListing(docID: docID, claimID: claimID, type: type, subject: subject, speaker: speaker, speakerRole: role,
                                regionCode: regionCode, regionName: regionNames.name(regionCode) ?? "", text: claim[8],
                                url: page.url, title: page.title, site: page.site, source: page.source, published: page.published,
                                date: date, start: Int(claim[7]) ?? 0)
        }
        latest.offer(instant: date?.instant, listing)
        if let newClaimKeys, newClaimKeys.contains(docID + "/" + claimID) { newViolations.offer(instant: date?.instant, listing) }
    }
}
