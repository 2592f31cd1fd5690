/// report.html: one self-contained page about a dataset, or about a dataset against an older
/// one. Inline CSS and SVG, no request to anywhere (its Content-Security-Policy forbids them),
/// readable without JavaScript; one small inline script sorts tables by a click on a heading.
public enum ReportPage {
    /// The second line of every report: `pantau report --output` overwrites only files that
    /// have it, so it never replaces a file that Pantau did not write.
    public static let marker = "<!-- pantau-report: written by pantau; pantau report may overwrite this file -->"

    /// Colours per claim type (Okabe–Ito's palette, told apart by colour-blind readers too).
    static let typeColors: [String: String] = [
        "sanction": "#D55E00", "violation": "#E69F00", "appeal": "#56B4E9", "oversight": "#009E73", "risk": "#CC79A7", "norm": "#0072B2",
    ]
    static let statusColors: [String: String] = [
        "ok": "#009E73", "empty": "#999999", "duplicate": "#56B4E9", "unsupported": "#CC79A7", "error": "#D55E00",
    ]
    static let otherColor = "#7F7F7F"

    /// The page for one dataset; `title` names it (its folder as given).
    public static func render(_ facts: DatasetFacts, title: String, regionNames: RegionNames, comparison: DatasetComparison? = nil) -> String {
        var sections: [(id: String, heading: String, body: String)] = []
        if let comparison { sections.append(("changes", "What changed", changes(comparison, regionNames: regionNames))) }
        sections.append(("run", "The run", run(facts)))
        sections.append(("claims", "Claims", claims(facts, regionNames: regionNames)))
        sections.append(("people", "Speakers and officials", people(facts)))
        sections.append(("latest", "Latest violation and sanction claims", latest(facts)))
        let heading = comparison.map { "Pantau report: \(title) against \($0.old.folder)" } ?? "Pantau report: \(title)"
        var out = "<!DOCTYPE html>\n\(marker)\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '\(ReportAssets.styleHash)'; "
            + "script-src '\(ReportAssets.scriptHash)'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
        out += "<meta name=\"generator\" content=\"pantau \(Pipeline.toolVersion)\">\n"
        out += "<title>\(HTMLText.escape(heading))</title>\n<style>\(ReportAssets.style)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(HTMLText.escape(heading))</h1>\n<nav><ul>"
        for section in sections { out += "<li><a href=\"#\(section.id)\">\(section.heading)</a></li>" }
        out += "</ul></nav>\n</header>\n<main>\n"
        for section in sections {
            out += "<section id=\"\(section.id)\">\n<h2>\(section.heading)</h2>\n\(section.body)</section>\n"
        }
        out += "</main>\n<footer><p>Written by pantau \(Pipeline.toolVersion). English labels, data as the dataset has it; "
            + "numbers with a comma between thousands, dates as YYYY-MM-DD. Every chart's numbers are in the table beneath it.</p></footer>\n"
        out += "<script>\(ReportAssets.script)</script>\n</body>\n</html>\n"
        return out
    }

    // MARK: the run

    static func run(_ facts: DatasetFacts) -> String {
        var out = "<dl class=\"facts\">\n"
        func fact(_ term: String, _ value: String) { out += "<dt>\(term)</dt><dd>\(value)</dd>\n" }
        fact("Dataset", "<code>\(HTMLText.escape(facts.folder))</code>")
        fact("Documents", HTMLText.number(facts.documents))
        if let run = facts.run {
            fact("Input", "<code>\(HTMLText.escape(run.inputRoot))</code>")
            fact("Started", HTMLText.escape(HTMLText.timestamp(run.started)))
            fact("Finished", HTMLText.escape(HTMLText.timestamp(run.finished)))
            fact("Time taken", run.durationSeconds.map(HTMLText.duration) ?? "–")
            fact("Mode", HTMLText.escape(run.mode) + (run.mode == "incremental"
                ? " (\(HTMLText.number(run.reused)) reused, \(HTMLText.number(run.fresh)) processed)" : "")
                + (run.jobs > 0 ? ", \(run.jobs) job\(run.jobs == 1 ? "" : "s")" : ""))
            fact("Pantau", HTMLText.escape(run.toolVersion))
            fact("Pipeline version", "<code>\(HTMLText.escape(run.pipelineVersion))</code>")
        } else {
            fact("run.json", "missing or unreadable: times and versions are unknown")
        }
        out += "</dl>\n"
        if let run = facts.run, !run.dataFiles.isEmpty {
            out += "<details class=\"versions\"><summary>Data versions: \(run.dataFiles.count) data files</summary>\n"
            out += "<table class=\"data sortable\" id=\"data-files\"><thead><tr><th scope=\"col\">file</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>\n"
            for file in run.dataFiles {
                out += "<tr><td>\(HTMLText.escape(file.name))</td><td><code>\(HTMLText.escape(file.sha256))</code></td></tr>\n"
            }
            out += "</tbody></table>\n</details>\n"
        }
        let statuses = orderedStatuses(facts.statusCounts)
        out += ReportChart(id: "documents-by-status", title: "Documents by status", categoryAxis: "status", valueAxis: "documents",
                           categories: statuses, series: [.init(name: "documents", color: "#0072B2")],
                           values: statuses.map { [facts.statusCounts[$0] ?? 0] }, emptyText: "The dataset has no documents.").html()
        out += languageTable(facts, statuses: statuses)
        out += problems(facts, statuses: statuses)
        return out
    }

    /// The code's status order first, then any other value a dataset has.
    static func orderedStatuses(_ counts: [String: Int]) -> [String] {
        let known = DocumentStatus.allCases.map(\.rawValue)
        return known.filter { counts[$0] != nil } + counts.keys.filter { !known.contains($0) }.sorted()
    }

    static func languageTable(_ facts: DatasetFacts, statuses: [String]) -> String {
        let languages = Set(facts.languages.values.flatMap(\.keys)).sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }
        guard !languages.isEmpty else { return "" }
        var out = "<table class=\"data sortable\" id=\"status-language\">\n<caption>Documents by status and language</caption>\n<thead><tr>"
        out += "<th scope=\"col\">status</th>"
        for language in languages { out += "<th scope=\"col\" class=\"num\">\(language.isEmpty ? "no language" : HTMLText.escape(language))</th>" }
        out += "<th scope=\"col\" class=\"num\">total</th></tr></thead>\n<tbody>\n"
        for status in statuses {
            out += "<tr><th scope=\"row\">\(HTMLText.escape(status))</th>"
            for language in languages {
                let count = facts.languages[status]?[language] ?? 0
                out += "<td class=\"num\" data-sort=\"\(count)\">\(HTMLText.number(count))</td>"
            }
            let total = facts.statusCounts[status] ?? 0
            out += "<td class=\"num\" data-sort=\"\(total)\">\(HTMLText.number(total))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// Every input that is not `ok`, with its reason, per status; a long list folds.
    static func problems(_ facts: DatasetFacts, statuses: [String]) -> String {
        let notOK = statuses.filter { $0 != DocumentStatus.ok.rawValue }
        guard !notOK.isEmpty else { return "<p id=\"problems\">Every input became an <code>ok</code> document.</p>\n" }
        var out = "<h3 id=\"problems\">Inputs that are not ok</h3>\n"
        for status in notOK {
            let listed = facts.problems[status] ?? []
            let total = facts.statusCounts[status] ?? 0
            out += "<details class=\"problems\"\(total <= 10 ? " open" : "")><summary><code>\(HTMLText.escape(status))</code>: "
                + "\(HTMLText.number(total)) input\(total == 1 ? "" : "s")</summary>\n"
            if listed.count < total {
                out += "<p>The first \(HTMLText.number(listed.count)) by doc_id; documents.csv has all \(HTMLText.number(total)) "
                    + "(status <code>\(HTMLText.escape(status))</code>).</p>\n"
            }
            out += "<table class=\"data sortable problem-list\" data-status=\"\(HTMLText.escape(status))\"><thead><tr>"
                + "<th scope=\"col\">source</th><th scope=\"col\">doc_id</th><th scope=\"col\">reason</th></tr></thead><tbody>\n"
            for problem in listed {
                out += "<tr><td>\(HTMLText.escape(problem.source))</td><td><code>\(HTMLText.escape(problem.docID))</code></td>"
                    + "<td>\(HTMLText.escape(problem.reason))</td></tr>\n"
            }
            out += "</tbody></table>\n</details>\n"
        }
        return out
    }

    // MARK: claims

    static func typeOrder(_ counts: [String: Int]) -> [String] {
        let known = ClaimType.allCases.map(\.rawValue)
        return known + counts.keys.filter { !known.contains($0) }.sorted()
    }

    static func typeSeries(_ types: [String]) -> [ReportChart.Series] {
        types.map { .init(name: $0, color: typeColors[$0] ?? otherColor) }
    }

    static func provinceLabel(_ code: String, _ regionNames: RegionNames) -> String {
        guard !code.isEmpty else { return "no region" }
        return regionNames.name(code).map { "\($0) (\(code))" } ?? code
    }

    static func claims(_ facts: DatasetFacts, regionNames: RegionNames) -> String {
        guard facts.claims > 0 else { return "<p class=\"empty\">The dataset has no claims.</p>\n" }
        var out = "<p>\(HTMLText.number(facts.claims)) claims in \(HTMLText.number(facts.statusCounts[DocumentStatus.ok.rawValue] ?? 0)) "
            + "ok documents; \(HTMLText.number(facts.officials)) official mentions of \(HTMLText.number(facts.distinctOfficials)) people.</p>\n"
        let types = typeOrder(facts.claimsByType)
        let months = facts.claimsByMonth.keys.sorted()
        out += ReportChart(id: "claims-by-month", title: "Claims by type per month of publication", categoryAxis: "month of publication",
                           valueAxis: "claims", categories: months, series: typeSeries(types),
                           values: months.map { month in types.map { facts.claimsByMonth[month]?[$0] ?? 0 } }, kind: .columns,
                           emptyText: "No claim is in a document with a publication date.").html()
        if facts.undatedClaims > 0 {
            out += "<p class=\"note\">\(HTMLText.number(facts.undatedClaims)) claims are in documents without a publication date "
                + "and are not in this chart.</p>\n"
        }
        let subjects = facts.claimsBySubject.keys.sorted {
            (facts.claimsBySubject[$0]?.values.reduce(0, +) ?? 0, $1) > (facts.claimsBySubject[$1]?.values.reduce(0, +) ?? 0, $0)
        }
        out += ReportChart(id: "claims-by-subject", title: "Claims by subject and type", categoryAxis: "subject", valueAxis: "claims",
                           categories: subjects.map { $0.isEmpty ? "no subject" : $0 }, series: typeSeries(types),
                           values: subjects.map { subject in types.map { facts.claimsBySubject[subject]?[$0] ?? 0 } }).html()
        let provinces = facts.claimsByProvince.keys.sorted {
            (facts.claimsByProvince[$0] ?? 0, $1) > (facts.claimsByProvince[$1] ?? 0, $0)
        }
        out += ReportChart(id: "claims-by-province", title: "Claims by province of the claim's region", categoryAxis: "province",
                           valueAxis: "claims", categories: provinces.map { provinceLabel($0, regionNames) },
                           series: [.init(name: "claims", color: "#0072B2")], values: provinces.map { [facts.claimsByProvince[$0] ?? 0] }).html()
        let attributions = DataDictionary.attributions + facts.attribution.keys.filter { !DataDictionary.attributions.contains($0) }.sorted()
        let attributed = facts.attribution.values.reduce(0, +)
        out += ReportChart(id: "attribution", title: "Attribution of claims", categoryAxis: "attribution", valueAxis: "claims",
                           categories: attributions.map { "\($0) (\(HTMLText.percent(facts.attribution[$0] ?? 0, of: attributed)))" },
                           series: [.init(name: "claims", color: "#56B4E9")], values: attributions.map { [facts.attribution[$0] ?? 0] }).html()
        return out
    }

    // MARK: people

    static func people(_ facts: DatasetFacts) -> String {
        var out = "<h3>Top speakers</h3>\n"
        let speakers = facts.topSpeakers
        if speakers.isEmpty {
            out += "<p class=\"empty\">No claim is attributed to a named official.</p>\n"
        } else {
            out += "<p>The \(speakers.count) officials most often quoted or reported in claims, of \(HTMLText.number(facts.distinctSpeakers)); "
                + "role, institution and region as the first document that names them gives them.</p>\n"
            out += "<table class=\"data sortable\" id=\"top-speakers\"><thead><tr><th scope=\"col\">name</th><th scope=\"col\">role</th>"
                + "<th scope=\"col\">institution</th><th scope=\"col\">region</th><th scope=\"col\" class=\"num\">claims</th>"
                + "<th scope=\"col\">of which</th></tr></thead><tbody>\n"
            for person in speakers {
                let types = typeOrder(person.claimTypes).compactMap { type in
                    person.claimTypes[type].map { "\(type) \(HTMLText.number($0))" }
                }.joined(separator: ", ")
                out += "<tr><td>\(HTMLText.escape(person.name))</td><td>\(HTMLText.escape(role(person)))</td>"
                    + "<td>\(HTMLText.escape(person.institution))</td><td>\(HTMLText.escape(person.regionName))</td>"
                    + "<td class=\"num\" data-sort=\"\(person.claims)\">\(HTMLText.number(person.claims))</td><td>\(HTMLText.escape(types))</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        out += "<h3>Top officials</h3>\n"
        let officials = facts.topOfficials
        if officials.isEmpty {
            out += "<p class=\"empty\">No document names an official.</p>\n"
        } else {
            out += "<p>The \(officials.count) officials named in the most documents, of \(HTMLText.number(facts.distinctOfficials)).</p>\n"
            out += "<table class=\"data sortable\" id=\"top-officials\"><thead><tr><th scope=\"col\">name</th><th scope=\"col\">role</th>"
                + "<th scope=\"col\">institution</th><th scope=\"col\">region</th><th scope=\"col\" class=\"num\">documents</th>"
                + "<th scope=\"col\" class=\"num\">mentions</th></tr></thead><tbody>\n"
            for person in officials {
                out += "<tr><td>\(HTMLText.escape(person.name))</td><td>\(HTMLText.escape(role(person)))</td>"
                    + "<td>\(HTMLText.escape(person.institution))</td><td>\(HTMLText.escape(person.regionName))</td>"
                    + "<td class=\"num\" data-sort=\"\(person.documents)\">\(HTMLText.number(person.documents))</td>"
                    + "<td class=\"num\" data-sort=\"\(person.mentions)\">\(HTMLText.number(person.mentions))</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        return out
    }

    static func role(_ person: PersonTally) -> String {
        [person.qualifier, person.role].filter { !$0.isEmpty }.joined(separator: " ")
    }

    // MARK: claim lists

    static func latest(_ facts: DatasetFacts) -> String {
        let listed = facts.latestEnforcement
        guard !listed.isEmpty else { return "<p class=\"empty\">The dataset has no violation or sanction claims.</p>\n" }
        return "<p>The \(listed.count) latest of \(HTMLText.number(facts.enforcementTotal)) claims of type violation or sanction, "
            + "by the publication date of their document.</p>\n" + claimTable(listed, id: "latest-claims")
    }

    static func claimTable(_ claims: [ClaimListing], id: String) -> String {
        var out = "<table class=\"data sortable claims\" id=\"\(id)\"><thead><tr><th scope=\"col\">date</th><th scope=\"col\">type</th>"
            + "<th scope=\"col\">region</th><th scope=\"col\">subject</th><th scope=\"col\">speaker</th>"
            + "<th scope=\"col\">evidence</th><th scope=\"col\">article</th></tr></thead><tbody>\n"
        for claim in claims {
            let region = claim.regionName.isEmpty ? claim.regionCode : claim.regionName
            let speaker = claim.speaker.isEmpty ? "(the author)" : claim.speaker + (claim.speakerRole.isEmpty ? "" : ", " + claim.speakerRole)
            let linkText = claim.title.isEmpty ? (claim.site.isEmpty ? claim.url : claim.site) : claim.title
            // A text scrape has no address: its title and where it came from.
            let article = claim.url.isEmpty ? HTMLText.escape(linkText) + " <span class=\"source\">(\(HTMLText.escape(claim.source)))</span>"
                : HTMLText.link(claim.url, text: linkText)
            out += "<tr><td class=\"date\" data-sort=\"\(claim.date?.instant ?? 0)\">\(HTMLText.escape(claim.date?.day ?? "–"))</td>"
                + "<td>\(HTMLText.escape(claim.type))</td><td>\(HTMLText.escape(region))</td><td>\(HTMLText.escape(claim.subject))</td>"
                + "<td>\(HTMLText.escape(speaker))</td><td class=\"evidence\">\(HTMLText.escape(claim.text))</td>"
                + "<td>\(article)</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    // MARK: comparison

    static func changes(_ comparison: DatasetComparison, regionNames: RegionNames) -> String {
        let old = comparison.old, new = comparison.new
        var out = "<p>This dataset (<code>\(HTMLText.escape(new.folder))</code>, \(HTMLText.number(new.documents)) documents) against "
            + "<code>\(HTMLText.escape(old.folder))</code> (\(HTMLText.number(old.documents)) documents). Records are matched by their "
            + "stable ids, as <code>pantau diff</code> matches them.</p>\n"
        let tables = comparison.summary.tables
        out += ReportChart(id: "changes-by-table", title: "Records added, removed and changed per table", categoryAxis: "table",
                           valueAxis: "records", categories: tables.map(\.name),
                           series: [.init(name: "added", color: "#009E73"), .init(name: "removed", color: "#D55E00"),
                                    .init(name: "changed", color: "#E69F00")],
                           values: tables.map { [$0.counts.added, $0.counts.removed, $0.counts.changed] },
                           emptyText: "The two datasets hold the same records.").html()
        let types = typeOrder(new.claimsByType.merging(old.claimsByType) { a, _ in a })
        let thenNow: [ReportChart.Series] = [.init(name: "then", color: "#BBBBBB"), .init(name: "now", color: "#0072B2")]
        out += ReportChart(id: "claims-by-type-then-now", title: "Claims per type, then and now", categoryAxis: "type", valueAxis: "claims",
                           categories: types, series: thenNow,
                           values: types.map { [old.claimsByType[$0] ?? 0, new.claimsByType[$0] ?? 0] }, kind: .groupedRows,
                           emptyText: "Neither dataset has claims.").html()
        let provinces = Set(new.claimsByProvince.keys).union(old.claimsByProvince.keys).sorted {
            (new.claimsByProvince[$0] ?? 0, old.claimsByProvince[$0] ?? 0, $1) > (new.claimsByProvince[$1] ?? 0, old.claimsByProvince[$1] ?? 0, $0)
        }
        out += ReportChart(id: "claims-by-province-then-now", title: "Claims per province, then and now", categoryAxis: "province",
                           valueAxis: "claims", categories: provinces.map { provinceLabel($0, regionNames) }, series: thenNow,
                           values: provinces.map { [old.claimsByProvince[$0] ?? 0, new.claimsByProvince[$0] ?? 0] }, kind: .groupedRows,
                           emptyText: "Neither dataset has claims.").html()
        out += "<h3>New violation and sanction claims</h3>\n"
        let fresh = new.newEnforcement
        if fresh.isEmpty {
            out += "<p class=\"empty\">No violation or sanction claim is new.</p>\n"
        } else {
            out += "<p>\(HTMLText.number(new.newEnforcementTotal)) claims of type violation or sanction that the older dataset does not have "
                + "(or had with another type)\(fresh.count < new.newEnforcementTotal ? "; the \(fresh.count) latest" : ""):</p>\n"
            out += claimTable(fresh, id: "new-claims")
        }
        return out
    }
}
