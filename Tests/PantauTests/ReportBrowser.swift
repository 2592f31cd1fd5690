import Foundation
@testable import Pantau

/// Opens a report in headless Chromium through scripts/report_browser_check.py and judges what
/// the browser rendered. The tools are found, or the test fails saying how to install them:
/// `make test` installs them (`make test-deps`); PANTAU_SKIP_BROWSER_TESTS=1 opts out on purpose.
enum ReportBrowser {
    static let environment = ProcessInfo.processInfo.environment
    static let optedOut = environment["PANTAU_SKIP_BROWSER_TESTS"] == "1"

    /// PANTAU_CHROMIUM, else chromium-headless-shell or chromium on PATH (or in /usr/bin).
    static let chromium: String? = {
        if let given = environment["PANTAU_CHROMIUM"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        for name in ["chromium-headless-shell", "chromium"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }()

    static let python: String? = {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        return folders.map { $0 + "/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    struct Chart: Decodable {
        var id: String
        var caption: String
        var svgTitle: String
        var axisLabels: [String]
        var empty: Bool
        var bars: Int
        var drawnBars: Int
        var barSum: Int
        var nonZeroCells: Int
        var cellSum: Int
        var tableRows: Int
    }

    struct Console: Decodable {
        var type: String
        var text: String
    }

    struct LogEntry: Decodable {
        var level: String
        var text: String
    }

    struct Sorting: Decodable {
        var first: [String]
        var firstSort: String?
        var second: [String]
        var secondSort: String?
    }

    /// The page as one load rendered it.
    struct View: Decodable {
        var title: String
        var sections: [String]
        var charts: [Chart]
        var tables: [String: Int]
        var problems: [String: Int]
        var external: [String]
        var scripts: Int
        var links: [String]
        var text: String
        var injected: Bool
        var requests: [String]
        var console: [Console]
        var exceptions: [String?]
        var log: [LogEntry]
        var sorting: [String: Sorting?]

        func chart(_ id: String) -> Chart? { charts.first { $0.id == id } }
    }

    struct Result: Decodable {
        var url: String
        /// Loaded as a reader's browser does.
        var scripts: View
        /// Loaded with JavaScript off.
        var noScripts: View
    }

    /// Loads the report twice (JavaScript on, then off); `sort`: "table-id:column" headings to click.
    static func open(_ report: URL, sort: [String] = []) throws -> Result {
        guard let chromium else {
            let given = environment["PANTAU_CHROMIUM"].map { " (PANTAU_CHROMIUM=\($0) is not an executable)" } ?? ""
            throw Missing(description: "no headless Chromium found\(given): run `make test-deps` (apt-get install chromium-headless-shell), "
                          + "or set PANTAU_CHROMIUM=/path/to/chromium; PANTAU_SKIP_BROWSER_TESTS=1 skips the browser tests")
        }
        guard let python else {
            throw Missing(description: "no python3 found to drive the browser: run `make test-deps`; PANTAU_SKIP_BROWSER_TESTS=1 skips these tests")
        }
        let check = try Support.run(python, [Support.packageRoot.appendingPathComponent("scripts/report_browser_check.py").path,
                                             report.path, "--chromium", chromium] + sort.flatMap { ["--sort", $0] })
        guard check.status == 0 else {
            throw Missing(description: "the browser check failed (\(check.status)): \(check.stderr)")
        }
        return try JSONDecoder().decode(Result.self, from: check.stdout)
    }

    /// Everything wrong with one load of a report; empty when it is as it must be. `charts`
    /// must be there and drawn; every other chart must be drawn or say it has nothing to show.
    static func problems(_ view: View, url: String, charts expected: [String]) -> [String] {
        var found: [String] = []
        for id in expected where view.chart(id) == nil { found.append("chart \(id) is missing") }
        for chart in view.charts {
            if chart.empty {
                if expected.contains(chart.id) { found.append("chart \(chart.id) is empty") }
                continue
            }
            if chart.drawnBars == 0 { found.append("chart \(chart.id) has no bars drawn") }
            if chart.drawnBars != chart.bars { found.append("chart \(chart.id): \(chart.bars - chart.drawnBars) bars have no area") }
            if chart.bars != chart.nonZeroCells {
                found.append("chart \(chart.id) draws \(chart.bars) bars for \(chart.nonZeroCells) non-zero numbers in its table")
            }
            if chart.barSum != chart.cellSum { found.append("chart \(chart.id): bars add up to \(chart.barSum), its table to \(chart.cellSum)") }
            if chart.tableRows == 0 { found.append("chart \(chart.id) has no table rows") }
            if chart.caption.isEmpty || chart.svgTitle != chart.caption { found.append("chart \(chart.id) has no title") }
            if chart.axisLabels.count != 2 { found.append("chart \(chart.id) has \(chart.axisLabels.count) axis labels, not 2") }
        }
        for message in view.console where ["error", "warning", "assert"].contains(message.type) {
            found.append("console \(message.type): \(message.text)")
        }
        for exception in view.exceptions { found.append("script exception: \(exception ?? "?")") }
        for entry in view.log where entry.level == "error" { found.append("browser error: \(entry.text)") }
        for request in view.requests where request != url { found.append("request to \(request)") }
        for element in view.external { found.append("element loading something: \(element)") }
        for link in view.links where !(link.hasPrefix("http://") || link.hasPrefix("https://")) { found.append("link to \(link)") }
        if view.injected { found.append("a script from the data ran") }
        return found
    }
}
