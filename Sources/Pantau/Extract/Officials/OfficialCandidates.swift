/// Candidate pairs written without "calon" before each name (GUIDE.md: a candidate is an
/// official row): "paslon Nizar-Ardi", "pasangan calon nomor urut 1, yakni NAME dan NAME",
/// "Capres 01 NAME-NAME", "menetapkan NAME-NAME dan NAME-NAME sebagai pasangan calon bupati dan
/// wakil bupati". The first of a pair is the candidate for head, the second for deputy.
extension OfficialDocument {
    /// The head position a pair runs for, from the words of its sentence, else of the document,
    /// else from the level of the region the document names most.
    private enum Office {
        case president, governor, regent, mayor

        var roles: (head: String, deputy: String) {
            switch self {
            case .president: return ("Calon Presiden", "Calon Wakil Presiden")
            case .governor: return ("Calon Gubernur", "Calon Wakil Gubernur")
            case .regent: return ("Calon Bupati", "Calon Wakil Bupati")
            case .mayor: return ("Calon Wali Kota", "Calon Wakil Wali Kota")
            }
        }

        var level: OfficialLexicon.Level {
            switch self {
            case .president: return .nasional
            case .governor: return .provinsi
            case .regent: return .kabupaten
            case .mayor: return .kota
            }
        }
    }

    /// Words that name a race on their own ("capres", "pilbup"); a head's title names one after
    /// "calon" or "pemilihan" ("calon bupati", "Pemilihan Gubernur").
    private static let raceWords: [String: Office] = [
        "capres": .president, "cawapres": .president, "pilpres": .president,
        "cagub": .governor, "cawagub": .governor, "pilgub": .governor,
        "cabup": .regent, "cawabup": .regent, "pilbup": .regent,
        "cawalkot": .mayor, "pilwalkot": .mayor, "pilwali": .mayor,
    ]
    private static let headWords: [String: Office] = [
        "presiden": .president, "gubernur": .governor, "bupati": .regent, "walikota": .mayor, "wali": .mayor,
    ]

    /// Bindings for every candidate pair in the document.
    func candidatePairs() -> [OfficialBinding] {
        var bindings: [OfficialBinding] = []
        var documentOffice: Office??
        for sentence in text.sentences {
            let range = sentence.tokens
            guard range.contains(where: { isCandidacyCue($0) }) else { continue }
            let cues = range.filter { isCandidacyCue($0) }
            guard let cue = cues.first else { continue }
            var office = self.office(in: range)
            if office == nil {
                if documentOffice == nil { documentOffice = .some(self.office(in: 0..<count) ?? dominantOffice()) }
                office = documentOffice ?? nil
            }
            guard let office else { continue }
            var pairs: [(ParsedName, ParsedName)] = []
            // "paslon (nomor urut) 1, yakni NAME dan NAME": the pair right after a cue.
            for cue in cues {
                if let pair = pair(after: cue, in: range, joinedByDan: true) { pairs.append(pair) }
            }
            // "NAME-NAME": hyphenated pairs anywhere in a sentence about candidates.
            var index = range.lowerBound
            while index < range.upperBound {
                // A pair inside an organisation's name ("Tim Sukses Pemenangan NAME-NAME") is no candidacy.
                if isNameWord(index) || title(at: index, before: true) != nil, index == range.lowerBound || !isCapitalised(index - 1),
                   let found = pair(at: index, in: range, joinedByDan: false) {
                    if !pairs.contains(where: { $0.0.first == found.0.first }) { pairs.append(found) }
                    index = found.1.end + 1
                    continue
                }
                index += 1
            }
            for (head, deputy) in pairs {
                for (name, role) in [(head, office.roles.head), (deputy, office.roles.deputy)] {
                    var chain = RoleChain(first: cue, last: cue, role: role, qualifier: "", institution: "", level: office.level, scope: nil)
                    chain.national = office == .president
                    bindings.append(OfficialBinding(name: name, chain: chain, chainIndex: -1, strong: false, rule: "official.candidate-pair"))
                }
            }
        }
        return bindings
    }

    /// "paslon", "pasangan calon", "capres", "cagub", "cabup", "cawalkot".
    private func isCandidacyCue(_ index: Int) -> Bool {
        // Every cue starts with "p" or "c": most tokens are passed over on their first byte.
        guard let lead = folded[index].utf8.first, lead == 0x70 || lead == 0x63 else { return false }
        switch folded[index] {
        case "paslon", "capres", "cagub", "cabup", "cawalkot": return true
        case "pasangan": return index + 1 < count && (folded[index + 1] == "calon" || folded[index + 1] == "bakal")
        default: return false
        }
    }

    /// The race the words of a range name most often.
    private func office(in range: Range<Int>) -> Office? {
        var counts: [Office: Int] = [:]
        for index in range {
            // Race and head words start with b, c, g, p or w: most tokens are passed over on their first byte.
            guard let lead = folded[index].utf8.first, lead == 0x62 || lead == 0x63 || lead == 0x67 || lead == 0x70 || lead == 0x77 else { continue }
            if let office = Self.raceWords[folded[index]] {
                counts[office, default: 0] += 1
            } else if index > range.lowerBound, folded[index - 1] == "calon" || folded[index - 1] == "pemilihan",
                      let office = Self.headWords[folded[index]], office != .mayor || folded[index] == "walikota" || (index + 1 < count && folded[index + 1] == "kota") {
                counts[office, default: 0] += 1
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.level.rank > $1.key.level.rank) }?.key
    }

    private func dominantOffice() -> Office? {
        var counts: [String: Int] = [:]
        for mention in regions { counts[mention.level, default: 0] += 1 }
        guard let (level, _) = counts.filter({ $0.key != "kecamatan" }).max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) else { return nil }
        switch level {
        case "provinsi": return .governor
        case "kota": return .mayor
        default: return .regent
        }
    }

    /// After the cue: an optional bracket, "nomor urut N", a number, a comma, "yakni"/"yaitu".
    private func pair(after cue: Int, in range: Range<Int>, joinedByDan: Bool) -> (ParsedName, ParsedName)? {
        var index = cue + 1
        if index < range.upperBound, folded[cue] == "pasangan" { index += 1 }
        var skipped = 0
        while index < range.upperBound && skipped < 6 {
            let word = folded[index]
            if ["nomor", "urut", "no", "yakni", "yaitu", "calon", "(", ")", ",", ".", ":"].contains(word) && (word != "." || skipped > 0)
                || text.tokens[index].kind == .number || (word == "paslon") {
                index += 1
                skipped += 1
                continue
            }
            break
        }
        return pair(at: index, in: range, joinedByDan: joinedByDan)
    }

    /// NAME-NAME (no space around the hyphen), or NAME dan NAME when allowed.
    private func pair(at index: Int, in range: Range<Int>, joinedByDan: Bool) -> (ParsedName, ParsedName)? {
        guard index < range.upperBound, let head = parseName(at: index), head.end + 2 < range.upperBound else { return nil }
        let joint = head.end + 1
        let hyphen = isPunct(joint, "-") && text.tokens[joint].byteStart == text.tokens[head.end].byteEnd
            && text.tokens[joint + 1].byteStart == text.tokens[joint].byteEnd
        guard hyphen || (joinedByDan && folded[joint] == "dan"), let deputy = parseName(at: joint + 1),
              deputy.end < range.upperBound, plausibleCandidate(head), plausibleCandidate(deputy) else { return nil }
        return (head, deputy)
    }

    private func plausibleCandidate(_ name: ParsedName) -> Bool {
        guard !isCommonWords(name) else { return false }
        if (name.first...name.last).contains(where: { inRegion.contains($0) }) { return false }
        return true
    }
}

private extension OfficialLexicon.Level {
    /// Higher offices first.
    var rank: Int {
        switch self {
        case .nasional: return 0
        case .provinsi: return 1
        case .kota, .kotaDaerah: return 2
        case .kabupaten, .daerah: return 3
        case .kecamatan: return 4
        case .desa: return 5
        }
    }
}
