import Testing
@testable import Pantau

@Suite struct SHA256Tests {
    // FIPS 180-4 example vectors, through both the portable rounds and (on a CPU with the SHA
    // extensions) the hardware's.
    static let vectors: [(message: [UInt8], hex: String)] = [
        (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        (Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ([UInt8](repeating: 0x61, count: 1_000_000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    static func hex(_ digest: [UInt8]) -> String {
        digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    @Test func fipsVectorsPortable() {
        for vector in Self.vectors { #expect(Self.hex(SHA256.digest(vector.message, hardware: false)) == vector.hex) }
    }

    @Test func fipsVectorsDefaultPath() {
        for vector in Self.vectors { #expect(SHA256.hex(of: vector.message) == vector.hex) }
        #expect(SHA256.hex(of: "abc") == Self.vectors[0].hex)
    }

    /// Every length around the block and padding boundaries, and a page-sized message: the
    /// hardware rounds give the portable rounds' digest.
    @Test(.enabled(if: SHA256.hardware, "this CPU has no SHA extensions")) func hardwareMatchesPortable() {
        var generator = SystemRandomNumberGenerator()
        var lengths = Array(0...200)
        lengths += [511, 512, 513, 4_096, 65_537, 250_000]
        for length in lengths {
            let message = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(SHA256.digest(message, hardware: true) == SHA256.digest(message, hardware: false), "length \(length)")
        }
    }
}
