// Rebuilds the raw text of a CoNLL-U treebank the way ../shared/eval/ud-id/README.md says:
// surface tokens (a range line "3-4" once, its words not) joined by a space unless
// SpaceAfter=No, sentences joined by one space into paragraphs of 20, paragraphs separated
// by a blank line. Usage: swift scripts/ud-raw.swift FILE.conllu > FILE.txt
import Foundation

guard CommandLine.arguments.count == 2, let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: swift scripts/ud-raw.swift FILE.conllu\n".utf8))
    exit(1)
}
var sentences: [String] = []
var current = ""
var skipUntil = 0
for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
    if line.isEmpty {
        if !current.isEmpty { sentences.append(current); current = "" }
        skipUntil = 0
        continue
    }
    if line.hasPrefix("#") { continue }
    let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard columns.count >= 10 else { continue }
    let id = columns[0]
    if id.contains(".") { continue }
    if let dash = id.firstIndex(of: "-") {
        skipUntil = Int(id[id.index(after: dash)...]) ?? 0
    } else if let n = Int(id), n <= skipUntil {
        continue
    }
    current += columns[1]
    if !columns[9].contains("SpaceAfter=No") { current += " " }
}
if !current.isEmpty { sentences.append(current) }
var out = ""
for (index, sentence) in sentences.enumerated() {
    if index > 0 { out += index % 20 == 0 ? "\n\n" : " " }
    out += sentence.hasSuffix(" ") ? String(sentence.dropLast()) : sentence
}
FileHandle.standardOutput.write(Data(out.utf8))
