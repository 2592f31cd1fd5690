import CPantauSHA256

/// SHA-256 (FIPS 180-4), for content hashes, stable ids and data-file versions.
///
/// Written here rather than pulled from a crypto package: hashing is all Pantau needs,
/// and a BoringSSL build would double a fresh build's time on a two-core machine.
/// On x86 CPUs with the SHA extensions the rounds run in CPantauSHA256 (every input is
/// hashed, and the portable rounds cost about 6% of a run); both paths are verified against
/// the FIPS 180-4 example vectors and against each other in the tests.
public enum SHA256 {
    /// The round constants, from the one table CPantauSHA256 keeps for both paths.
    private static let k = Array(UnsafeBufferPointer(start: pantau_sha256_round_constants(), count: 64))

    /// The SHA extensions of this CPU, when it has them (checked once).
    static let hardware = pantau_sha256_hardware_available() == 1

    public static func digest<C: Collection>(_ message: C) -> [UInt8] where C.Element == UInt8 {
        digest(message, hardware: hardware)
    }

    /// `hardware: false` runs the portable rounds below, which the tests compare with the hardware's.
    static func digest<C: Collection>(_ message: C, hardware: Bool) -> [UInt8] where C.Element == UInt8 {
        var state: [UInt32] = [
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        ]
        let bytes = message as? [UInt8] ?? Array(message)
        let fullBlocks = bytes.count / 64
        // The tail and the padding: one or two more blocks.
        var tail = Array(bytes[(fullBlocks * 64)...])
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        let bitLength = UInt64(bytes.count) &* 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        if hardware {
            state.withUnsafeMutableBufferPointer { words in
                guard let words = words.baseAddress else { return }
                bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { pantau_sha256_hardware_blocks(words, base, fullBlocks) } }
                tail.withUnsafeBufferPointer { if let base = $0.baseAddress { pantau_sha256_hardware_blocks(words, base, tail.count / 64) } }
            }
        } else {
            var w = [UInt32](repeating: 0, count: 64)
            bytes.withUnsafeBufferPointer { buffer in
                for block in 0..<fullBlocks { compress(buffer, at: block * 64, &state, &w) }
            }
            tail.withUnsafeBufferPointer { buffer in
                for block in 0..<(tail.count / 64) { compress(buffer, at: block * 64, &state, &w) }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in state { for shift in stride(from: 24, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) } }
        return out
    }

    private static func compress(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ h: inout [UInt32], _ w: inout [UInt32]) {
        for i in 0..<16 {
            let b = offset + i * 4
            w[i] = UInt32(bytes[b]) << 24 | UInt32(bytes[b + 1]) << 16 | UInt32(bytes[b + 2]) << 8 | UInt32(bytes[b + 3])
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
        }
        h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d
        h[4] = h[4] &+ e; h[5] = h[5] &+ f; h[6] = h[6] &+ g; h[7] = h[7] &+ hh
    }

    public static func hex<C: Collection>(of message: C) -> String where C.Element == UInt8 {
        let hexDigits = Array("0123456789abcdef".utf8)
        var chars: [UInt8] = []
        chars.reserveCapacity(64)
        for byte in digest(message) {
            chars.append(hexDigits[Int(byte >> 4)])
            chars.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: chars, as: UTF8.self)
    }

    public static func hex(of string: String) -> String { hex(of: Array(string.utf8)) }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
