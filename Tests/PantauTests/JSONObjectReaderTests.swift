import Foundation
import Testing
@testable import Pantau

/// The JSONL reader against Foundation's JSONSerialization, which it replaced: the same lines
/// are accepted, the same string fields come out, and the same lines are rejected.
@Suite struct JSONObjectReaderTests {
    enum Outcome: Equatable {
        case object([String: String])
        case notAnObject
        case invalid
    }

    static func ours(_ line: [UInt8]) -> Outcome {
        do {
            return .object(try JSONObjectReader.stringFields(line))
        } catch .notAnObject {
            return .notAnObject
        } catch {
            return .invalid
        }
    }

    static func foundation(_ line: [UInt8]) -> Outcome {
        guard let value = try? JSONSerialization.jsonObject(with: Data(line)) else { return .invalid }
        guard let object = value as? [String: Any] else { return .notAnObject }
        return .object(object.compactMapValues { $0 as? String })
    }

    static let tricky: [String] = [
        #"{"url":"https://contoh.id/a","html":"<p>Camat \"netral\"</p>\n","n":3}"#,
        #"{"a":"x","a":"y"}"#, #"{"a":"x","a":1}"#, #"{"a":"\ud83d\ude00 \u00e9\u0000\/"}"#,
        #"{"a":"\ud800"}"#, #"{"a":"\udc00\ud800"}"#, #"{"a":"\ud800\u0041"}"#, "{\"a\":\"\u{01}\"}", #"{"a":"\x"}"#, #"{"a":"\u12"}"#,
        #"{"a":01}"#, #"{"a":1.}"#, #"{"a":-}"#, #"{"a":-0.5e+10,"b":1E3,"c":0}"#, #"{"a":.5}"#, #"{"a":+1}"#,
        #"{"a":"x"} "#, #"{"a":"x"} x"#, #"{"a":"b"}{"#, " {\"a\":\"b\"}\r", "\u{feff}{\"a\":\"b\"}",
        #"[1]"#, #"[1,]"#, #"[]"#, #""s""#, #"12"#, #"null"#, "", "   ",
        #"{"a":[1,{"b":null}],"c":true,"d":false,"e":"f"}"#, #"{"a":1,}"#, #"{"a":[1,],"b":"c"}"#, #"{,}"#, #"{"a":{},"b":[]}"#,
        #"{"a" : "b" , "c":"d"}"#, #"{"a":tru}"#, #"{"a":nul}"#, #"{a:"b"}"#, #"{"a":'b'}"#, #"{"a":"b""#, #"{"a""#,
        #"{"a":"b",,"c":"d"}"#, #"{"a":[1 2]}"#, #"{"a":{"b" "c"}}"#, "{\"a\":\"b\"}\u{0B}",
    ]

    @Test func trickyLinesAgreeWithFoundation() {
        for line in Self.tricky {
            let bytes = Array(line.utf8)
            #expect(Self.ours(bytes) == Self.foundation(bytes), "\(line.debugDescription)")
        }
        // Invalid UTF-8 inside a string, and nesting at and past the depth limit.
        let broken = Array(#"{"a":""#.utf8) + [0xFF, 0x22, 0x7D]
        #expect(Self.ours(broken) == .invalid && Self.foundation(broken) == .invalid)
        for depth in [10, 500, 600] {
            let nested = Array(("{\"a\":" + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}").utf8)
            #expect(Self.ours(nested) == Self.foundation(nested), "depth \(depth)")
        }
    }

    /// Seeded so that a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func randomText(_ random: inout SplitMix) -> String {
        let pool: [Character] = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\u{01}", "é", "ñ", "—", "😀", "<", ">", "&", "\u{7F}", "\u{2028}"]
        return String((0..<Int.random(in: 0...12, using: &random)).map { _ in pool.randomElement(using: &random) ?? "a" })
    }

    static func randomValue(_ random: inout SplitMix, depth: Int) -> Any {
        switch Int.random(in: 0...(depth > 2 ? 3 : 5), using: &random) {
        case 0, 1: return randomText(&random)
        case 2: return Int.random(in: -1000...1000, using: &random)
        case 3: return [true, false][Int.random(in: 0...1, using: &random)]
        case 4: return (0..<Int.random(in: 0...3, using: &random)).map { _ in randomValue(&random, depth: depth + 1) }
        default:
            var object: [String: Any] = [:]
            for _ in 0..<Int.random(in: 0...3, using: &random) { object[randomText(&random)] = randomValue(&random, depth: depth + 1) }
            return object
        }
    }

    /// Random scraper-like records, whole and then damaged one byte at a time.
    @Test func generatedAndDamagedLinesAgreeWithFoundation() throws {
        var random = SplitMix(state: 2024)
        let damage: [UInt8] = Array("{}[],:\"\\ 0-.eutn".utf8) + [0xC3, 0xFF, 0x00, 0x1F]
        var compared = 0, objects = 0
        for _ in 0..<400 {
            var record: [String: Any] = ["url": "https://contoh.id/\(Self.randomText(&random))", "html": Self.randomText(&random)]
            for _ in 0..<Int.random(in: 0...3, using: &random) { record[Self.randomText(&random)] = Self.randomValue(&random, depth: 0) }
            let line = [UInt8](try JSONSerialization.data(withJSONObject: record))
            #expect(Self.ours(line) == Self.foundation(line))
            if case .object = Self.ours(line) { objects += 1 }
            for _ in 0..<5 {
                var damaged = line
                let at = Int.random(in: 0..<damaged.count, using: &random)
                switch Int.random(in: 0...2, using: &random) {
                case 0: damaged.remove(at: at)
                case 1: damaged.insert(damage.randomElement(using: &random) ?? 0x7B, at: at)
                default: damaged[at] = damage.randomElement(using: &random) ?? 0x7B
                }
                let (mine, theirs) = (Self.ours(damaged), Self.foundation(damaged))
                #expect(mine == theirs, "\(String(decoding: damaged, as: UTF8.self).debugDescription)")
                compared += 1
            }
        }
        #expect(objects == 400 && compared == 2000)
    }
}
