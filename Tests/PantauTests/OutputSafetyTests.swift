import Foundation
import Testing
@testable import Pantau

/// What `run` and `merge` may replace, the lock that keeps two runs apart, and SIGINT/SIGTERM.
/// Every case runs the real binary, as a user or cron would.
@Suite(.serialized) struct OutputSafetyTests {
    static let news = Support.fixture("mini/news").path

    /// Every file under a folder with its bytes (symbolic links as their destination).
    static func tree(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
        for path in paths {
            let url = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
                files[path] = Data(("-> " + link).utf8)
            } else if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            } else {
                files[path + "/"] = Data()
            }
        }
        return files
    }

    static func siblings(of folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(folder.lastPathComponent + ".tmp-") }
    }

    @Test func aFolderThatIsNotADatasetIsRefusedAndLeftAlone() throws {
        let parent = Support.temporaryDirectory("thesis-parent")
        let thesis = parent.appendingPathComponent("thesis")
        Support.write("\\chapter{Pendahuluan}\n", to: thesis.appendingPathComponent("bab1.tex"))
        Support.write("gambar", to: thesis.appendingPathComponent("gambar/peta.png"))
        let before = try Self.tree(parent)
        let result = try PantauBinary.run(["run", "--input", Self.news, "--output", thesis.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(thesis.path), "\(result.stderr)")
        #expect(result.stderr.contains("bab1.tex") && result.stderr.contains("gambar/"), "\(result.stderr)")
        #expect(result.stderr.contains("not a Pantau dataset"))
        // Not a file touched, added (no lock file, no staging folder) or removed.
        #expect(try Self.tree(parent) == before)
    }

    @Test func aDatasetWithAFileOfTheUsersIsRefused() throws {
        let out = Support.temporaryDirectory("ds-notes")
        #expect(try PantauBinary.run(["run", "--input", Self.news, "--output", out.path]).status == 0)
        Support.write("catatan penelitian", to: out.appendingPathComponent("catatan.txt"))
        let before = try Self.tree(out)
        let result = try PantauBinary.run(["run", "--input", Self.news, "--output", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("catatan.txt"), "\(result.stderr)")
        #expect(try Self.tree(out) == before)
    }

    /// Spelled as given, with a trailing slash, and through `..`.
    @Test func outputEqualToTheInputIsRefused() throws {
        let root = Support.temporaryDirectory("same")
        let input = root.appendingPathComponent("scrapes")
        Support.write("Bawaslu Sikka meminta ASN menjaga netralitas selama masa kampanye pilkada.\n", to: input.appendingPathComponent("a.txt"))
        let before = try Self.tree(root)
        for output in [input.path, input.path + "/", input.path + "/../scrapes"] {
            let result = try PantauBinary.run(["run", "--input", input.path, "--output", output])
            #expect(result.status == 2, "\(output)")
            #expect(result.stderr.contains("it is the input"), "\(result.stderr)")
        }
        #expect(try Self.tree(root) == before)
    }

    @Test func outputThatContainsTheInputIsRefused() throws {
        let data = Support.temporaryDirectory("parent-of-input")
        Support.write("Camat Alok mengingatkan kepala desa agar tidak ikut berkampanye.\n", to: data.appendingPathComponent("scrapes/a.txt"))
        let before = try Self.tree(data)
        let result = try PantauBinary.run(["run", "--input", data.appendingPathComponent("scrapes").path, "--output", data.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("contains the input"), "\(result.stderr)")
        #expect(try Self.tree(data) == before)
    }

    @Test func outputInsideTheInputIsRefused() throws {
        let data = Support.temporaryDirectory("input-parent")
        Support.write("Camat Alok mengingatkan kepala desa agar tidak ikut berkampanye.\n", to: data.appendingPathComponent("a.txt"))
        let before = try Self.tree(data)
        let result = try PantauBinary.run(["run", "--input", data.path, "--output", data.appendingPathComponent("dataset").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("lies inside the input"), "\(result.stderr)")
        #expect(try Self.tree(data) == before)
    }

    @Test func symlinkedOutputs() throws {
        let root = Support.temporaryDirectory("links")
        let input = root.appendingPathComponent("scrapes"), dataset = root.appendingPathComponent("dataset")
        try FileManager.default.copyItem(atPath: Self.news, toPath: input.path)
        // A link to the input is the input.
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("to-input").path, withDestinationPath: input.path)
        let toInput = try PantauBinary.run(["run", "--input", input.path, "--output", root.appendingPathComponent("to-input").path])
        #expect(toInput.status == 2)
        #expect(toInput.stderr.contains("it is the input"), "\(toInput.stderr)")
        // A link to a dataset: the dataset it points to is replaced, the link stays a link.
        #expect(try PantauBinary.run(["run", "--input", input.path, "--output", dataset.path]).status == 0)
        let link = root.appendingPathComponent("latest")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: dataset.path)
        try FileManager.default.removeItem(at: input.appendingPathComponent(try #require(FileManager.default.contentsOfDirectory(atPath: input.path).sorted().first)))
        let through = try PantauBinary.run(["run", "--input", input.path, "--output", link.path])
        #expect(through.status == 0, "\(through.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == dataset.path)
        let rows = try String(contentsOf: dataset.appendingPathComponent("documents.csv"), encoding: .utf8).split(separator: "\n").count - 1
        #expect(rows == (try FileManager.default.contentsOfDirectory(atPath: input.path).count))
        // A link to nothing is refused, and stays as it was.
        let dangling = root.appendingPathComponent("dangling")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: root.appendingPathComponent("gone").path)
        let result = try PantauBinary.run(["run", "--input", input.path, "--output", dangling.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("does not exist"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("gone").path))
    }

    @Test func emptyMissingAndEarlierDatasetsAreReplaced() throws {
        let root = Support.temporaryDirectory("replaceable")
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try PantauBinary.run(["run", "--input", Self.news, "--output", empty.path]).status == 0)
        #expect(try PantauBinary.run(["run", "--input", Self.news, "--output", empty.path]).status == 0)
        let missing = root.appendingPathComponent("a/b/dataset")
        #expect(try PantauBinary.run(["run", "--input", Self.news, "--output", missing.path]).status == 0)
        let run = try JSONSerialization.jsonObject(with: Data(contentsOf: missing.appendingPathComponent("run.json"))) as? [String: Any]
        #expect(run?["format"] as? String == OutputFolderGuard.datasetFormat)
        let listed = Set(run?["files"] as? [String] ?? [])
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: missing.path)).subtracting(["run.json"])
        #expect(listed == present && listed.contains("documents.csv") && listed.contains("pantau.sqlite"))
        // A dataset written before run.json had its format marker.
        var legacy = try #require(run)
        legacy["format"] = nil
        legacy["files"] = nil
        try JSONSerialization.data(withJSONObject: legacy).write(to: missing.appendingPathComponent("run.json"))
        #expect(try PantauBinary.run(["run", "--input", Self.news, "--output", missing.path]).status == 0)
    }

    @Test func mergeFollowsTheSameRule() throws {
        let root = Support.temporaryDirectory("merge-safety")
        let shard = root.appendingPathComponent("part-1")
        #expect(try PantauBinary.run(["run", "--input", Self.news, "--output", shard.path, "--shard", "1/1"]).status == 0)
        let notes = root.appendingPathComponent("notes")
        Support.write("draft", to: notes.appendingPathComponent("draft.md"))
        let before = try Self.tree(root)
        let intoNotes = try PantauBinary.run(["merge", notes.path, shard.path])
        #expect(intoNotes.status == 2)
        #expect(intoNotes.stderr.contains("draft.md"), "\(intoNotes.stderr)")
        let intoShard = try PantauBinary.run(["merge", shard.path, shard.path])
        #expect(intoShard.status == 2)
        #expect(intoShard.stderr.contains("it is the input"), "\(intoShard.stderr)")
        #expect(try Self.tree(root) == before)
        #expect(try PantauBinary.run(["merge", root.appendingPathComponent("merged").path, shard.path]).status == 0)
    }

    @Test func aSecondRunIntoTheSameOutputStopsAndNamesTheFirst() throws {
        let input = try NightlyRunTests.makeCorpus(documents: 150)
        let out = Support.temporaryDirectory("race")
        let link = out.deletingLastPathComponent().appendingPathComponent(out.lastPathComponent + "-link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: out.path)
        let first = try PantauBinary.Running(["run", "--input", input.path, "--output", out.path, "--jobs", "2"])
        #expect(PantauBinary.waitUntil(seconds: 30) { (try? Self.siblings(of: out).isEmpty) == false }, "the first run never staged")
        for output in [out.path, link.path] {
            let second = try PantauBinary.run(["run", "--input", input.path, "--output", output, "--jobs", "1"])
            #expect(second.status == 1, "\(second.stderr)")
            #expect(second.stderr.contains("pid \(first.pid)"), "\(second.stderr)")
        }
        let finished = first.wait()
        #expect(finished.status == 0, "\(finished.stderr)")
        let rows = try String(contentsOf: out.appendingPathComponent("documents.csv"), encoding: .utf8).split(separator: "\n").count - 1
        #expect(rows == 150)
        #expect(try Self.siblings(of: out).isEmpty)
    }

    @Test func aLockLeftByAKilledRunDoesNotBlock() throws {
        let input = try NightlyRunTests.makeCorpus(documents: 150)
        let out = Support.temporaryDirectory("stale")
        let killed = try PantauBinary.Running(["run", "--input", input.path, "--output", out.path, "--jobs", "2"])
        #expect(PantauBinary.waitUntil(seconds: 30) { (try? Self.siblings(of: out).isEmpty) == false })
        killed.signal(SIGKILL)
        #expect(killed.wait().signalled)
        let lock = out.deletingLastPathComponent().appendingPathComponent("." + out.lastPathComponent + ".lock")
        #expect(FileManager.default.fileExists(atPath: lock.path))
        let next = try PantauBinary.run(["run", "--input", input.path, "--output", out.path, "--jobs", "2"])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(try Self.siblings(of: out).isEmpty)
    }

    /// Signalled at several moments after the staging folder appears: each interrupted run exits
    /// 128 + the signal with one line, its staging folder gone and the previous dataset as it was.
    @Test(arguments: [(SIGINT, Int32(130), "SIGINT"), (SIGTERM, Int32(143), "SIGTERM")])
    func signalMidRun(signal: Int32, code: Int32, name: String) throws {
        let input = try NightlyRunTests.makeCorpus(documents: 150)
        let out = Support.temporaryDirectory("signal")
        #expect(try PantauBinary.run(["run", "--input", input.path, "--output", out.path, "--jobs", "2"]).status == 0)
        var before = try Self.tree(out)
        Support.write("<html><body><p>Dokumen baru: Bupati Sikka meminta ASN menjaga netralitas selama pilkada.</p></body></html>",
                      to: input.appendingPathComponent("doc-new.html"))
        var interrupted = 0
        for delay in [0.0, 0.2, 0.5, 1.0] {
            let run = try PantauBinary.Running(["run", "--input", input.path, "--output", out.path, "--jobs", "2"])
            #expect(PantauBinary.waitUntil(seconds: 30) { (try? Self.siblings(of: out).isEmpty) == false || !run.process.isRunning })
            Thread.sleep(forTimeInterval: delay)
            run.signal(signal)
            let result = run.wait()
            #expect(!result.signalled, "ended by the signal itself, not by pantau's handler")
            #expect(try Self.siblings(of: out).isEmpty, "staging folder left after \(name) at \(delay) s")
            if result.status == code {
                interrupted += 1
                let lines = result.stderr.split(separator: "\n")
                #expect(lines.count == 1, "\(result.stderr)")
                #expect(result.stderr.contains("interrupted by \(name)") && result.stderr.contains(out.path), "\(result.stderr)")
                #expect(try Self.tree(out) == before, "dataset changed by a run interrupted after \(delay) s")
            } else {
                // Finished before the signal came: the new dataset is whole.
                #expect(result.status == 0, "\(result.stderr)")
                #expect(try String(contentsOf: out.appendingPathComponent("documents.csv"), encoding: .utf8).contains("doc-new.html"))
                before = try Self.tree(out)
            }
        }
        #expect(interrupted >= 2, "runs finished before they could be interrupted")
    }

    /// A killed run's staging folder is cleared by the next run only if a Pantau writer made it.
    @Test func abandonedStagingFoldersOfOthersAreKept() throws {
        let root = Support.temporaryDirectory("abandoned")
        let out = root.appendingPathComponent("dataset")
        // Process ids above the kernel's limit (4194304) belong to no process.
        let ours = root.appendingPathComponent("dataset.tmp-4999998"), theirs = root.appendingPathComponent("dataset.tmp-4999999")
        Support.write("doc_id\n", to: ours.appendingPathComponent("documents.csv"))
        Support.write("", to: ours.appendingPathComponent(".records.spool"))
        Support.write("milik pengguna", to: theirs.appendingPathComponent("catatan.txt"))
        #expect(try PantauBinary.run(["run", "--input", Self.news, "--output", out.path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: ours.path))
        #expect(try String(contentsOf: theirs.appendingPathComponent("catatan.txt"), encoding: .utf8) == "milik pengguna")
    }

    /// For a command that writes one file (`pantau report --output FILE`).
    @Test func singleFileOutputs() throws {
        let root = Support.temporaryDirectory("file-out")
        let dataset = root.appendingPathComponent("dataset")
        try FileManager.default.createDirectory(at: dataset, withIntermediateDirectories: true)
        Support.write("<!-- pantau report -->", to: root.appendingPathComponent("ours.html"))
        Support.write("<html>my page</html>", to: root.appendingPathComponent("theirs.html"))
        let isOwn = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8))?.hasPrefix("<!-- pantau report -->") == true }
        let resolved = try OutputFolderGuard.resolve(root.path)
        #expect(try OutputFolderGuard.checkFile(root.appendingPathComponent("new.html").path, inputs: [dataset.path], isOwn: isOwn) == resolved + "/new.html")
        #expect(try OutputFolderGuard.checkFile(root.appendingPathComponent("ours.html").path, inputs: [dataset.path], isOwn: isOwn) == resolved + "/ours.html")
        for refused in ["theirs.html", "dataset", "dataset/report.html"] {
            #expect(throws: PantauError.self, "\(refused)") {
                try OutputFolderGuard.checkFile(root.appendingPathComponent(refused).path, inputs: [dataset.path], isOwn: isOwn)
            }
        }
        #expect(try String(contentsOf: root.appendingPathComponent("theirs.html"), encoding: .utf8) == "<html>my page</html>")
    }

    @Test func resolvingPaths() throws {
        let root = URL(fileURLWithPath: try OutputFolderGuard.resolve(Support.temporaryDirectory("resolve").path))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("real/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("alias").path, withDestinationPath: root.appendingPathComponent("real").path)
        let real = root.appendingPathComponent("real").path
        #expect(try OutputFolderGuard.resolve(root.appendingPathComponent("alias").path) == real)
        #expect(try OutputFolderGuard.resolve(root.appendingPathComponent("alias/").path + "/") == real)
        #expect(try OutputFolderGuard.resolve(root.appendingPathComponent("alias/sub/..").path) == real)
        #expect(try OutputFolderGuard.resolve(root.appendingPathComponent("alias/new/../out").path) == real + "/out")
        #expect(try OutputFolderGuard.resolve(root.appendingPathComponent("./real/./sub").path) == real + "/sub")
    }
}

/// The bookkeeping behind SIGINT/SIGTERM, without signals.
@Suite struct StagingRegistryTests {
    @Test func abandoningRemovesStagingAndStopsLaterSwaps() throws {
        let registry = StagingRegistry()
        let staging = Support.temporaryDirectory("reg-staging")
        Support.write("doc_id\n", to: staging.appendingPathComponent("documents.csv"))
        registry.register(staging.path, target: "/data/out")
        let abandoned = registry.abandon()
        #expect(abandoned.map(\.target) == ["/data/out"] && abandoned.map(\.replaced) == [false])
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        var swapped = false
        #expect(throws: PantauError.self) { try registry.swap(staging.path) { () throws(PantauError) in swapped = true } }
        #expect(!swapped)
        #expect(Interruption.describe(SIGINT, abandoned) == "interrupted by SIGINT: the unfinished dataset was removed; /data/out is unchanged")
    }

    @Test func aSwapThatHappenedIsReportedAsDone() throws {
        let registry = StagingRegistry()
        registry.register("/data/out.tmp-1", target: "/data/out")
        try registry.swap("/data/out.tmp-1") { () throws(PantauError) in }
        registry.unregister("/data/out.tmp-1")
        let abandoned = registry.abandon()
        #expect(abandoned.map(\.replaced) == [true])
        #expect(Interruption.describe(SIGTERM, abandoned) == "interrupted by SIGTERM after the new dataset was in place in /data/out")
        #expect(Interruption.describe(SIGINT, []) == "interrupted by SIGINT before any output was written")
    }
}
