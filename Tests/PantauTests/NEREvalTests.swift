import Foundation
import Testing
@testable import Pantau

/// Regions against the general NER gold of ../shared/eval/ner-dev (see its README).
///
/// Precision: the share of regions found that lie inside a gold LOC span of their sentence.
/// The NER convention leaves the region in a role title or an institution's name untagged
/// ("Gubernur Jawa Barat Ahmad Heryawan", ORG "Polda" + "Bali"), where GUIDE.md counts it; so the
/// bar applies to the precision over judged mentions, which sets aside a mention right after a
/// role word or a gold ORG span when no gold entity covers it. The strict figure is printed too.
/// Recall: the share of gold LOC spans that name an Indonesian province, regency, city or
/// district that a found region overlaps. Which spans name a region is decided from the
/// gazetteer alone, independently of the matcher (`RegionNameIndex`). Set
/// PANTAU_EVAL_VERBOSE=1 to print the misses and the false hits.
@Suite struct NEREvalTests {
    struct Entity: Decodable { var start: Int; var end: Int; var type: String; var text: String }
    struct Line: Decodable { var id: String; var text: String; var entities: [Entity] }

    struct Score {
        var found = 0, foundInside = 0, unjudged = 0, gold = 0, goldFound = 0
        var misses: [String] = [], falseHits: [String] = []
        var strictPrecision: Double { found == 0 ? 1 : Double(foundInside) / Double(found) }
        var precision: Double { found == unjudged ? 1 : Double(foundInside) / Double(found - unjudged) }
        var recall: Double { gold == 0 ? 1 : Double(goldFound) / Double(gold) }
    }

    static func score() throws -> Score {
        let shared = try #require(Support.shared)
        let index = RegionNameIndex(gazetteer: Support.knowledge.gazetteer)
        var score = Score()
        for file in ["idner-news-2k.jsonl", "nergrit.jsonl"] {
            let url = shared.appendingPathComponent("eval/ner-dev").appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            for raw in text.split(separator: "\n") where !raw.isEmpty {
                let line = try JSONDecoder().decode(Line.self, from: Data(raw.utf8))
                let mentions = Support.knowledge.regions.match(Support.tokenize(line.text))
                let locations = line.entities.filter { $0.type == "LOC" }
                for mention in mentions {
                    score.found += 1
                    if locations.contains(where: { $0.start <= mention.start && mention.end <= $0.end }) {
                        score.foundInside += 1
                    } else if Self.titleOrInstitution(mention, line) {
                        score.unjudged += 1
                    } else {
                        score.falseHits.append("\(mention.surface) [\(mention.regionCode) \(mention.rule)] in: \(line.text)")
                    }
                }
                for location in locations where index.namesRegion(location.text, sentence: line.text) {
                    score.gold += 1
                    if mentions.contains(where: { $0.start < location.end && location.start < $0.end }) {
                        score.goldFound += 1
                    } else {
                        score.misses.append("\(location.text) in: \(line.text)")
                    }
                }
            }
        }
        return score
    }

    static let roleWords = ["gubernur", "bupati", "wali kota", "walikota", "camat"]

    /// Whether a mention no gold entity covers follows a role word or a gold ORG span.
    static func titleOrInstitution(_ mention: RegionMention, _ line: Line) -> Bool {
        if line.entities.contains(where: { $0.start < mention.end && mention.start < $0.end }) { return false }
        if line.entities.contains(where: { $0.type == "ORG" && mention.start - $0.end >= 0 && mention.start - $0.end <= 1 }) { return true }
        let before = String(String.UnicodeScalarView(line.text.unicodeScalars.prefix(mention.start))).lowercased()
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        return roleWords.contains { trimmed.hasSuffix($0) }
    }

    @Test(.enabled(if: Support.shared != nil)) func regionsLieInsideGoldLocationsAndAreFound() throws {
        let score = try Self.score()
        print(String(format: "ner-dev regions: precision %.3f (%d/%d judged; strict %.3f over all %d), recall %.3f (%d/%d)",
                     score.precision, score.foundInside, score.found - score.unjudged, score.strictPrecision, score.found,
                     score.recall, score.goldFound, score.gold))
        if ProcessInfo.processInfo.environment["PANTAU_EVAL_VERBOSE"] != nil {
            for miss in score.misses { print("MISS  \(miss)") }
            for hit in score.falseHits { print("FALSE \(hit)") }
        }
        #expect(score.gold >= 50, "the subset of gold LOC spans naming regions is too small to measure")
        #expect(score.precision >= 0.95)
        #expect(score.recall >= 0.90)
    }
}

/// Whether a text names an Indonesian region, by exact lookup of its folded tokens among every
/// written form the gazetteer and alias table give (official, base, variant, alias, each with
/// and without its level prefix). A district's bare name counts only when the sentence also
/// names its regency or city (GUIDE.md); a span made of several such names in a row ("Kabupaten
/// Pati Provinsi Jawa Tengah", "Sulawesi Selatan (Sulsel)") counts too.
struct RegionNameIndex {
    static let prefixes: [Region.Level: [String]] = [
        .provinsi: ["provinsi", "prov .", "pemprov"], .kabupaten: ["kabupaten", "kab .", "kab", "pemkab"],
        .kota: ["kota", "pemkot"], .kecamatan: ["kecamatan", "kec ."],
    ]
    var forms: [String: [(Region, prefixed: Bool)]] = [:]
    let gazetteer: Gazetteer

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        func add(_ name: String, _ region: Region) {
            let key = Self.key(name)
            forms[key, default: []].append((region, false))
            for prefix in Self.prefixes[region.level] ?? [] { forms[prefix + " " + key, default: []].append((region, true)) }
        }
        for region in gazetteer.regions {
            forms[Self.key(region.name), default: []].append((region, region.level != .provinsi && region.level != .kecamatan))
            for variant in RegionNameForms.variants(of: region.baseName, level: region.level) { add(variant, region) }
        }
        for alias in gazetteer.aliases {
            if let region = gazetteer.region(code: alias.code) { add(alias.alias, region) }
        }
    }

    static func key(_ text: String) -> String {
        let tokenized = Support.tokenize(text)
        return tokenized.tokens.map { tokenized.normalized($0) }.joined(separator: " ")
    }

    func namesRegion(_ span: String, sentence: String) -> Bool {
        let tokens = Self.key(span).split(separator: " ").map(String.init)
        let sentenceKey = " " + Self.key(sentence) + " "
        // Segment the span into consecutive names, skipping brackets and commas between them.
        var reachable = [Bool](repeating: false, count: tokens.count + 1)
        reachable[0] = true
        for i in 0..<tokens.count where reachable[i] {
            if ["(", ")", ","].contains(tokens[i]) && i > 0 { reachable[i + 1] = true }
            for j in (i + 1)...tokens.count {
                let key = tokens[i..<j].joined(separator: " ")
                guard let readings = forms[key] else { continue }
                if readings.contains(where: { taken($0.0, prefixed: $0.prefixed, sentence: sentenceKey) }) { reachable[j] = true }
            }
        }
        return !tokens.isEmpty && reachable[tokens.count]
    }

    private func taken(_ region: Region, prefixed: Bool, sentence: String) -> Bool {
        guard region.level == .kecamatan, !prefixed, let parent = gazetteer.region(code: region.parent) else { return true }
        return forms.contains { key, readings in
            readings.contains { $0.0.code == parent.code } && sentence.contains(" " + key + " ")
        }
    }
}
