/// A region mention resolved to its Kemendagri code (a regions.csv row).
public struct RegionMention: Sendable, Hashable, Codable {
    public var regionCode: String
    public var regionName: String
    public var level: String
    public var provinceCode: String
    public var surface: String
    public var start: Int
    public var end: Int
    public var rule: String

    public init(regionCode: String, regionName: String, level: String, provinceCode: String, surface: String, start: Int, end: Int, rule: String) {
        self.regionCode = regionCode
        self.regionName = regionName
        self.level = level
        self.provinceCode = provinceCode
        self.surface = surface
        self.start = start
        self.end = end
        self.rule = rule
    }
}

/// A named official, one per person per document (an officials.csv row).
public struct Official: Sendable, Hashable, Codable {
    public var officialID: String
    public var name: String
    public var titles: [String]
    public var role: String
    public var qualifier: String
    public var institution: String
    public var regionCode: String
    public var regionName: String
    /// How many times the document mentions the person (full name, surname or role alone).
    public var mentions: Int
    /// The first mention's span.
    public var start: Int
    public var end: Int
    public var rule: String

    public init(officialID: String = "", name: String, titles: [String] = [], role: String, qualifier: String = "",
                institution: String = "", regionCode: String = "", regionName: String = "", mentions: Int = 1,
                start: Int, end: Int, rule: String) {
        self.officialID = officialID
        self.name = name
        self.titles = titles
        self.role = role
        self.qualifier = qualifier
        self.institution = institution
        self.regionCode = regionCode
        self.regionName = regionName
        self.mentions = mentions
        self.start = start
        self.end = end
        self.rule = rule
    }
}

/// The six claim types of GUIDE.md, in its order of precedence (most specific first).
public enum ClaimType: String, Sendable, Codable, CaseIterable, Comparable {
    case sanction, violation, appeal, oversight, risk, norm

    /// Position in GUIDE.md's order of precedence: 0 is the most specific.
    public var precedence: Int {
        switch self {
        case .sanction: return 0
        case .violation: return 1
        case .appeal: return 2
        case .oversight: return 3
        case .risk: return 4
        case .norm: return 5
        }
    }

    public static func < (a: ClaimType, b: ClaimType) -> Bool { a.precedence < b.precedence }
}

/// Which of a document's texts a claim's sentence is in: the main text, or the headline.
public enum ClaimField: String, Sendable, Hashable, Codable, CaseIterable {
    case text, title
}

/// A neutrality claim (a claims.csv row).
public struct Claim: Sendable, Hashable, Codable {
    public var claimID: String
    public var type: ClaimType
    public var labels: [ClaimType]
    public var subject: String
    public var speaker: String
    public var speakerOfficialID: String
    /// direct, indirect or none.
    public var attribution: String
    public var regionCode: String
    /// The text the span is in: `text` (the main text) or `title` (the headline).
    public var field: ClaimField
    public var start: Int
    public var end: Int
    public var rule: String
    public var text: String

    public init(claimID: String = "", type: ClaimType, labels: [ClaimType], subject: String, speaker: String = "",
                speakerOfficialID: String = "", attribution: String = "none", regionCode: String = "", field: ClaimField = .text,
                start: Int, end: Int, rule: String, text: String) {
        self.claimID = claimID
        self.type = type
        self.labels = labels
        self.subject = subject
        self.speaker = speaker
        self.speakerOfficialID = speakerOfficialID
        self.attribution = attribution
        self.regionCode = regionCode
        self.field = field
        self.start = start
        self.end = end
        self.rule = rule
        self.text = text
    }
}

/// Everything the extract stage found in one document.
public struct Extraction: Sendable {
    public var regions: [RegionMention] = []
    public var officials: [Official] = []
    public var claims: [Claim] = []

    public init(regions: [RegionMention] = [], officials: [Official] = [], claims: [Claim] = []) {
        self.regions = regions
        self.officials = officials
        self.claims = claims
    }
}
