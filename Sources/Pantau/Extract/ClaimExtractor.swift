/// Finds neutrality claims (GUIDE.md "Neutrality claims").
public struct ClaimExtractor: Sendable {
    public init() {}

    public func extract(_ text: TokenizedText, regions: [RegionMention], officials: [Official]) -> [Claim] {
        []
    }
}
