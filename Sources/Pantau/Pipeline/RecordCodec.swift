import Foundation

/// Reads a documents.jsonl line back into a record: for incremental runs, spooling and merging.
public enum RecordCodec {
    public enum DecodeError: Error, Equatable { case notAnObject, missingField(String) }

    public static func encode(_ record: DocumentRecord) -> [UInt8] { DatasetSchema.jsonLine(record) }

    public static func decode<C: Collection>(_ line: C) throws -> DocumentRecord where C.Element == UInt8 {
        guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { throw DecodeError.notAnObject }
        func text(_ o: [String: Any], _ key: String) -> String { o[key] as? String ?? "" }
        func int(_ o: [String: Any], _ key: String) -> Int { (o[key] as? NSNumber)?.intValue ?? 0 }
        func list(_ o: [String: Any], _ key: String) -> [String] { o[key] as? [String] ?? [] }
        guard let docID = object["doc_id"] as? String else { throw DecodeError.missingField("doc_id") }
        let status = DocumentStatus(rawValue: text(object, "status")) ?? .error
        var record = DocumentRecord(docID: docID, source: text(object, "source"), status: status)
        record.url = text(object, "url")
        record.site = text(object, "site")
        record.title = text(object, "title")
        record.author = text(object, "author")
        record.published = text(object, "published")
        record.language = text(object, "language")
        record.error = text(object, "error")
        record.chars = int(object, "chars")
        record.words = int(object, "words")
        record.sentences = int(object, "sentences")
        record.contentSHA256 = text(object, "content_sha256")
        record.text = text(object, "text")
        record.officials = (object["officials"] as? [[String: Any]] ?? []).map { o in
            Official(officialID: text(o, "official_id"), name: text(o, "name"), titles: list(o, "titles"), role: text(o, "role"),
                     qualifier: text(o, "qualifier"), institution: text(o, "institution"), regionCode: text(o, "region_code"),
                     regionName: text(o, "region_name"), mentions: int(o, "mentions"), start: int(o, "start"), end: int(o, "end"),
                     rule: text(o, "rule"))
        }
        record.regions = (object["regions"] as? [[String: Any]] ?? []).map { r in
            RegionMention(regionCode: text(r, "region_code"), regionName: text(r, "region_name"), level: text(r, "level"),
                          provinceCode: text(r, "province_code"), surface: text(r, "surface"), start: int(r, "start"),
                          end: int(r, "end"), rule: text(r, "rule"))
        }
        record.claims = (object["claims"] as? [[String: Any]] ?? []).map { c in
            let type = ClaimType(rawValue: text(c, "type")) ?? .norm
            return Claim(claimID: text(c, "claim_id"), type: type, labels: list(c, "labels").compactMap(ClaimType.init(rawValue:)),
                         subject: text(c, "subject"), speaker: text(c, "speaker"), speakerOfficialID: text(c, "speaker_official_id"),
                         attribution: text(c, "attribution"), regionCode: text(c, "region_code"),
                         field: ClaimField(rawValue: text(c, "field")) ?? .text, start: int(c, "start"),
                         end: int(c, "end"), rule: text(c, "rule"), text: text(c, "text"))
        }
        return record
    }
}
