import Foundation

/// A bounded hand-off between one producing and one consuming thread. The writer uses it to
/// split the dataset write over two cores: one thread reads and renders records, the other
/// writes the files and the SQLite database.
final class RowChannel<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    /// Taken items are set to nil at once, so that nothing consumed stays alive in the buffer.
    private var items: [Item?] = []
    private var head = 0
    private var closed = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Blocks while the channel is full; false when the consumer has stopped (an error).
    func send(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// No more items will come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops: pending and later items are dropped and senders return false.
    func cancel() {
        condition.lock()
        cancelled = true
        items = []
        head = 0
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, or nil once the channel is closed and drained.
    func receive() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed && !cancelled { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        items[head] = nil
        head += 1
        if head >= 1024 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }
}
