/// A `published` value (`2024-10-12`, `2024-10-12T09:30:00`, `...+07:00`, `...Z`) read for the
/// report: its month, its day, and a point in time to order claims by.
struct PublishedDate: Sendable, Equatable {
    /// `2024-10`.
    var month: String
    /// `2024-10-12`.
    var day: String
    /// Seconds since 1970 in UTC. A value without a zone is taken as WIB (+07:00), the zone
    /// Pantau assumes for date lines that name none; a date alone as its midnight.
    var instant: Int

    init?(_ value: String) {
        let bytes = Array(value.utf8)
        guard bytes.count >= 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
              let year = Self.number(bytes, 0, 4), let month = Self.number(bytes, 5, 2), let day = Self.number(bytes, 8, 2),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        self.month = String(decoding: bytes[0..<7], as: UTF8.self)
        self.day = String(decoding: bytes[0..<10], as: UTF8.self)
        var seconds = 0
        var offset = 7 * 3600
        if bytes.count >= 19, bytes[10] == 0x54, let hour = Self.number(bytes, 11, 2), let minute = Self.number(bytes, 14, 2),
           let second = Self.number(bytes, 17, 2) {
            seconds = hour * 3600 + minute * 60 + second
            let zone = bytes[19...]
            if zone.first == 0x5A {
                offset = 0
            } else if zone.count >= 6, let sign = zone.first, sign == 0x2B || sign == 0x2D,
                      let hours = Self.number(bytes, 20, 2), let minutes = Self.number(bytes, 23, 2) {
                offset = (sign == 0x2D ? -1 : 1) * (hours * 3600 + minutes * 60)
            }
        }
        instant = Self.daysFromCivil(year, month, day) * 86_400 + seconds - offset
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil-date algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
