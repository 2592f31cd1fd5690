/// Finds named officials (GUIDE.md "Officials").
public struct OfficialExtractor: Sendable {
    public init() {}

    public func extract(_ text: TokenizedText, regions: [RegionMention]) -> [Official] {
        []
    }
}
