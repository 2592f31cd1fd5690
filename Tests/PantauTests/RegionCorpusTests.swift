import Foundation
import Testing
@testable import Pantau

/// Region F1 with the exact code on the project's annotated corpus (corpus/gold/**/*.json, field
/// "regions": every mention in order). Each gold document's own main_text is matched, so the
/// score measures this stage alone; per document, found and gold mentions are compared as
/// multisets of (code, surface). PANTAU_CORPUS points elsewhere; PANTAU_EVAL_VERBOSE=1 prints
/// the differences.
@Suite struct RegionCorpusTests {
    struct GoldRegion: Decodable, Hashable { var surface: String; var region_code: String }
    struct Gold: Decodable { var main_text: String?; var regions: [GoldRegion]? }
    @Test(.enabled(if: CorpusGold.available)) func regionF1WithTheExactCode() throws {
        let files = CorpusGold.documents
        var truePositives = 0, found = 0, expected = 0
        let verbose = ProcessInfo.processInfo.environment["PANTAU_EVAL_VERBOSE"] != nil
        for file in files {
            let document = try JSONDecoder().decode(Gold.self, from: file.data)
            guard let text = document.main_text, let regions = document.regions else { continue }
            let mentions = Support.knowledge.regions.match(Support.tokenize(text))
            var wanted: [GoldRegion: Int] = [:]
            for region in regions { wanted[region, default: 0] += 1 }
            var extra: [GoldRegion] = []
            for mention in mentions {
                let key = GoldRegion(surface: mention.surface, region_code: mention.regionCode)
                if let count = wanted[key], count > 0 { wanted[key] = count - 1; truePositives += 1 } else { extra.append(key) }
            }
            found += mentions.count
            expected += regions.count
            if verbose {
                for (key, count) in wanted where count > 0 { print("MISS  \(file.source): \(key.surface) \(key.region_code) ×\(count)") }
                for key in extra { print("FALSE \(file.source): \(key.surface) \(key.region_code)") }
            }
        }
        let precision = found == 0 ? 0 : Double(truePositives) / Double(found)
        let recall = expected == 0 ? 0 : Double(truePositives) / Double(expected)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        print(String(format: "corpus regions: %d documents, P %.3f R %.3f F1 %.3f (%d/%d found, %d gold)",
                     files.count, precision, recall, f1, truePositives, found, expected))
        #expect(!files.isEmpty)
        #expect(f1 >= 0.97)
    }
}
