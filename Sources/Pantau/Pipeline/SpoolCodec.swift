/// The spool's record encoding: length-prefixed fields in a fixed order. A spooled record is
/// written and read back by the same binary within one run, so it needs no self-description;
/// JSON (RecordCodec) is for what users and other runs read.
enum SpoolCodec {
    enum DecodeError: Error { case truncated }

    static func encode(_ record: DocumentRecord) -> [UInt8] {
        var out = Writer()
        out.bytes.reserveCapacity(record.text.utf8.count + 512)
        for field in [record.docID, record.source, record.url, record.site, record.title, record.author, record.published,
                      record.language, record.status.rawValue, record.error, record.contentSHA256, record.text] {
            out.string(field)
        }
        out.int(record.chars); out.int(record.words); out.int(record.sentences)
        out.int(record.officials.count)
        for o in record.officials {
            for field in [o.officialID, o.name, o.role, o.qualifier, o.institution, o.regionCode, o.regionName, o.rule] { out.string(field) }
            out.strings(o.titles)
            out.int(o.mentions); out.int(o.start); out.int(o.end)
        }
        out.int(record.regions.count)
        for r in record.regions {
            for field in [r.regionCode, r.regionName, r.level, r.provinceCode, r.surface, r.rule] { out.string(field) }
            out.int(r.start); out.int(r.end)
        }
        out.int(record.claims.count)
        for c in record.claims {
            for field in [c.claimID, c.type.rawValue, c.subject, c.speaker, c.speakerOfficialID, c.attribution, c.regionCode, c.field.rawValue, c.rule, c.text] {
                out.string(field)
            }
            out.strings(c.labels.map(\.rawValue))
            out.int(c.start); out.int(c.end)
        }
        return out.bytes
    }

    static func decode(_ bytes: [UInt8]) throws(DecodeError) -> DocumentRecord {
        var input = Reader(bytes: bytes)
        let docID = try input.string(), source = try input.string()
        var record = DocumentRecord(docID: docID, source: source, status: .error)
        record.url = try input.string()
        record.site = try input.string()
        record.title = try input.string()
        record.author = try input.string()
        record.published = try input.string()
        record.language = try input.string()
        record.status = DocumentStatus(rawValue: try input.string()) ?? .error
        record.error = try input.string()
        record.contentSHA256 = try input.string()
        record.text = try input.string()
        record.chars = try input.int(); record.words = try input.int(); record.sentences = try input.int()
        for _ in 0..<(try input.count()) {
            let id = try input.string(), name = try input.string(), role = try input.string(), qualifier = try input.string()
            let institution = try input.string(), regionCode = try input.string(), regionName = try input.string(), rule = try input.string()
            let titles = try input.strings()
            let mentions = try input.int(), start = try input.int(), end = try input.int()
            record.officials.append(Official(officialID: id, name: name, titles: titles, role: role, qualifier: qualifier,
                                             institution: institution, regionCode: regionCode, regionName: regionName,
                                             mentions: mentions, start: start, end: end, rule: rule))
        }
        for _ in 0..<(try input.count()) {
            let code = try input.string(), name = try input.string(), level = try input.string(), province = try input.string()
            let surface = try input.string(), rule = try input.string()
            let start = try input.int(), end = try input.int()
            record.regions.append(RegionMention(regionCode: code, regionName: name, level: level, provinceCode: province,
                                                surface: surface, start: start, end: end, rule: rule))
        }
        for _ in 0..<(try input.count()) {
            let id = try input.string(), type = ClaimType(rawValue: try input.string()) ?? .norm, subject = try input.string()
            let speaker = try input.string(), speakerID = try input.string(), attribution = try input.string()
            let regionCode = try input.string(), field = ClaimField(rawValue: try input.string()) ?? .text
            let rule = try input.string(), text = try input.string()
            let labels = try input.strings().compactMap(ClaimType.init(rawValue:))
            let start = try input.int(), end = try input.int()
            record.claims.append(Claim(claimID: id, type: type, labels: labels, subject: subject, speaker: speaker,
                                       speakerOfficialID: speakerID, attribution: attribution, regionCode: regionCode,
                                       field: field, start: start, end: end, rule: rule, text: text))
        }
        return record
    }

    struct Writer {
        var bytes: [UInt8] = []

        /// LEB128: offsets and counts are small, so most take one or two bytes.
        mutating func int(_ value: Int) {
            var rest = UInt64(bitPattern: Int64(value))
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func string(_ value: String) {
            int(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }

        mutating func strings(_ values: [String]) {
            int(values.count)
            for value in values { string(value) }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func int() throws(DecodeError) -> Int {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                guard position < bytes.count, shift < 64 else { throw .truncated }
                let byte = bytes[position]
                position += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return Int(Int64(bitPattern: value)) }
                shift += 7
            }
        }

        /// A count of items still to read; each takes at least one byte, which bounds it.
        mutating func count() throws(DecodeError) -> Int {
            let value = try int()
            guard value >= 0, value <= bytes.count - position else { throw .truncated }
            return value
        }

        mutating func string() throws(DecodeError) -> String {
            let length = try count()
            defer { position += length }
            return String(decoding: bytes[position..<position + length], as: UTF8.self)
        }

        mutating func strings() throws(DecodeError) -> [String] {
            var values: [String] = []
            for _ in 0..<(try count()) { values.append(try string()) }
            return values
        }
    }
}
