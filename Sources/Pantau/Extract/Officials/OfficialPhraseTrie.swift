/// Multi-word phrases keyed by folded tokens, for longest-match lookups in a token stream.
/// A lookup walks at most as many nodes as the longest phrase has tokens.
struct OfficialPhraseTrie: Sendable {
    private struct Node: Sendable {
        var children: [String: Int] = [:]
        var value: Int?
    }

    private var nodes: [Node] = [Node()]

    /// Adds a phrase; the first value given for a phrase wins.
    mutating func insert(_ keys: [String], value: Int) {
        guard !keys.isEmpty else { return }
        var node = 0
        for key in keys {
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if nodes[node].value == nil { nodes[node].value = value }
    }

    /// The longest phrase starting at `start`: its value and last token index (inclusive).
    func longest(in folded: [String], from start: Int) -> (value: Int, last: Int)? {
        var node = 0
        var best: (Int, Int)?
        var index = start
        while index < folded.count, let next = nodes[node].children[folded[index]] {
            node = next
            if let value = nodes[node].value { best = (value, index) }
            index += 1
        }
        return best
    }
}
