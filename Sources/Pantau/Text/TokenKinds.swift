/// Second pass over the tokens of a document: kinds that depend on neighbours (money,
/// percentages, dates, clock times) and the clitic feature of words.
struct TokenKinds {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Each token's roles in the lexicon, from the scanner.
    let roles: [WordRoles]

    func refine(_ tokens: inout [Token]) {
        let n = tokens.count
        for k in 0..<n {
            let token = tokens[k]
            switch token.kind {
            case .word where roles[k].contains(.currency):
                markMoney(from: k, &tokens)
            case .word:
                let clitic = cliticLength(k, token)
                if clitic > 0 { tokens[k].cliticLength = clitic }
                if roles[k].contains(.month), k + 1 < n, isYear(tokens[k + 1]) {
                    tokens[k].kind = .date
                    tokens[k + 1].kind = .date
                }
            case .number:
                refineNumber(k, &tokens)
            case .symbol, .acronym:
                if roles[k].contains(.currency) { markMoney(from: k, &tokens) }
                if token.kind == .acronym, case let clitic = cliticLength(k, token), clitic > 0 { tokens[k].cliticLength = clitic }
            default:
                break
            }
        }
    }

    /// "Rp", "$", "US$" before a number: currency, amount and scale word are money.
    private func markMoney(from k: Int, _ tokens: inout [Token]) {
        guard let amount = amountAfter(k, tokens) else { return }
        // "US$": the country code glued before the sign.
        var k = k
        if k > 0, tokens[k - 1].byteEnd == tokens[k].byteStart, tokens[k - 1].kind == .acronym { k -= 1 }
        for m in k...amount { tokens[m].kind = .money }
        if amount + 1 < tokens.count, roles[amount + 1].contains(.scale) { tokens[amount + 1].kind = .money }
    }

    private func refineNumber(_ k: Int, _ tokens: inout [Token]) {
        let n = tokens.count
        let token = tokens[k]
        if k > 0, tokens[k - 1].kind == .money { return }
        if k + 1 < n, roles[k + 1].contains(.percent) {
            tokens[k].kind = .percent
            tokens[k + 1].kind = .percent
        } else if k + 1 < n, roles[k + 1].contains(.month),
                  token.byteEnd - token.byteStart <= 2, (1...31).contains(value(token)) {
            tokens[k].kind = .date
            tokens[k + 1].kind = .date
            if k + 2 < n, isYear(tokens[k + 2]) { tokens[k + 2].kind = .date }
        } else if isClock(token) {
            let zone = k + 1 < n && roles[k + 1].contains(.zone)
            let cue = k > 0 && roles[k - 1].contains(.timeCue)
            if zone || cue { tokens[k].kind = .time }
            if zone { tokens[k + 1].kind = .time }
        }
    }

    /// The number after a currency, directly or after "Rp." / "Rp ".
    private func amountAfter(_ k: Int, _ tokens: [Token]) -> Int? {
        var m = k + 1
        if m < tokens.count, tokens[m].byteEnd - tokens[m].byteStart == 1, bytes[tokens[m].byteStart] == 0x2E { m += 1 }
        guard m < tokens.count, tokens[m].kind == .number || tokens[m].kind == .money else { return nil }
        return m
    }

    private func value(_ token: Token) -> Int {
        var v = 0
        for k in token.byteStart..<token.byteEnd where ByteClass.isDigit(bytes[k]) { v = v &* 10 &+ Int(bytes[k] - 0x30) }
        return v
    }

    private func isYear(_ token: Token) -> Bool {
        guard token.kind == .number, token.byteEnd - token.byteStart == 4 else { return false }
        return (1900...2100).contains(value(token))
    }

    /// "10.30", "9:15", "08.00": hours and two-digit minutes.
    private func isClock(_ token: Token) -> Bool {
        let length = token.byteEnd - token.byteStart
        guard length == 4 || length == 5 else { return false }
        let sep = token.byteEnd - 3
        guard bytes[sep] == 0x2E || bytes[sep] == 0x3A else { return false }
        var hours = 0
        for k in token.byteStart..<sep { hours = hours * 10 + Int(bytes[k] &- 0x30) }
        let minutes = Int(bytes[sep + 1] &- 0x30) * 10 + Int(bytes[sep + 2] &- 0x30)
        return hours <= 24 && minutes <= 59
    }

    /// Byte length of a final -nya, -lah, -kah or -pun, when the rest is a word of three or more
    /// letters and the whole is not a root that merely ends that way ("telah", "punya").
    private func cliticLength(_ k: Int, _ token: Token) -> Int {
        let end = token.byteEnd
        guard end - token.byteStart >= 6 else { return 0 }
        let a = ByteClass.lower(bytes[end - 3]), b = ByteClass.lower(bytes[end - 2]), c = ByteClass.lower(bytes[end - 1])
        let clitic = (a == 0x6E && b == 0x79 && c == 0x61) || (a == 0x6C && b == 0x61 && c == 0x68)
            || (a == 0x6B && b == 0x61 && c == 0x68) || (a == 0x70 && b == 0x75 && c == 0x6E)
        guard clitic, !roles[k].contains(.cliticException) else { return 0 }
        return 3
    }
}
