import Foundation

/// Per-document limits; a document over one becomes an error row that names the limit.
public struct ProcessingLimits: Sendable {
    /// Largest input in bytes (`--max-bytes`).
    public var maxBytes = 64 << 20
    /// Longest time one document may take, in seconds (`--max-seconds`), checked between stages.
    public var maxSeconds: Double = 60

    public init() {}

    func exceeded(since start: ContinuousClock.Instant) -> String? {
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        guard seconds > maxSeconds else { return nil }
        return String(format: "processing took %.1f s, over the time limit of %g s (--max-seconds)", seconds, maxSeconds)
    }
}
