import Testing
@testable import Pantau

/// Sentence boundaries in Indonesian newswriting, in the styles of real sites.
@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let t = Support.tokenize(text)
        return t.sentences.map { t.text(of: $0) }
    }

    /// Each case: the sentences a text must split into, in order.
    static let abbreviationCases: [[String]] = [
        ["Kepala BKN Dr. Haryomo Dwi Putranto meminta ASN netral.", "Ia berbicara di Jakarta."],
        ["Sekda Drs. Adrianus Firminus Parera, M.Si. membuka sosialisasi netralitas ASN.", "Acara berlangsung di aula."],
        ["Kepala dinas Ir. Wayan Sudirta mengikuti apel.", "Apel dimulai pukul 07.30 WITA."],
        ["Wakil Bupati H. Ahmad Fauzi dan Hj. Sri Lestari, S.H., M.H. hadir.", "Keduanya menandatangani pakta integritas."],
        ["Guru besar Prof. Dr. Ir. Siti Nurbaya menjadi narasumber.", "Materi berfokus pada netralitas."],
        ["Pj Gubernur Komjen Pol (P) Drs. Nana Sudjana A.S., M.M., menyampaikan pesan tegas.", "Pesan itu ditujukan kepada ASN."],
        ["Surat ditandatangani oleh E.M. Lubis dan A. Rahman dari Bawaslu.", "Keduanya anggota komisioner."],
        ["ASN di Kab. Sikka, Kec. Alok, dan Prov. NTT diminta netral.", "Imbauan disampaikan Senin."],
        ["Posko pengaduan berada di Jl. El Tari No. 5 Kupang.", "Warga dapat melapor setiap hari."],
        ["Larangan mencakup unggahan, komentar, dll. Sanksi disiapkan bagi pelanggar."],
        ["Bawaslu memantau media sosial, baliho, dsb. Hasilnya dilaporkan mingguan."],
        ["Penelitian Nugroho dkk. menunjukkan pelanggaran meningkat.", "Temuan itu dibahas di DPRD."],
        ["Saham PT Telkom Indonesia Tbk. naik tipis.", "Investor menunggu hasil pilkada."],
        ["Surat a.n. Bupati Sikka dikirim ke semua OPD.", "Isinya larangan berkampanye."],
    ]

    @Test(arguments: abbreviationCases)
    func abbreviationsDoNotEndSentences(expected: [String]) {
        let text = expected.joined(separator: " ")
        let found = sentences(text)
        // Cases written as one string hold two sentences after a closing abbreviation.
        if expected.count == 1 {
            #expect(found.count == 2, "\(found)")
            #expect(found.joined(separator: " ") == text)
        } else {
            #expect(found == expected)
        }
    }

    @Test func numbersAndDecimals() {
        let text = "Inflasi naik 2,5 persen. Anggaran Rp 1.500.000 per orang cair pukul 10.30 WIB. Dana Rp 1,5 miliar disiapkan."
        #expect(sentences(text) == ["Inflasi naik 2,5 persen.", "Anggaran Rp 1.500.000 per orang cair pukul 10.30 WIB.", "Dana Rp 1,5 miliar disiapkan."])
    }

    @Test func ellipses() {
        #expect(sentences("Kami menunggu... Namun tidak ada jawaban.") == ["Kami menunggu...", "Namun tidak ada jawaban."])
        #expect(sentences("Kami menunggu… dan menunggu lagi.").count == 1)
        #expect(sentences("Mereka bilang nanti dulu... tapi kapan?").count == 1)
    }

    @Test func quoteOverSeveralSentencesStaysWithItsTail() {
        let text = "\"ASN harus netral. Jangan ikut kampanye. Sanksinya tegas,\" ujarnya. Ia juga meminta camat mengawasi."
        #expect(sentences(text) == ["\"ASN harus netral. Jangan ikut kampanye. Sanksinya tegas,\" ujarnya.", "Ia juga meminta camat mengawasi."])
        let curly = "“Kami siap. Kami netral!” tegas Bupati Sikka, Fransiskus Roberto Diogo. Apel dihadiri 500 ASN."
        #expect(sentences(curly) == ["“Kami siap. Kami netral!” tegas Bupati Sikka, Fransiskus Roberto Diogo.", "Apel dihadiri 500 ASN."])
        let closed = "Ia menegaskan, \"Netralitas itu wajib.\" Setelah itu apel dibubarkan."
        #expect(sentences(closed) == ["Ia menegaskan, \"Netralitas itu wajib.\"", "Setelah itu apel dibubarkan."])
    }

    @Test func theAttributionTailIsNeverAlone() throws {
        let text = "KUPANG, KOMPAS.com - \"Jangan unggah dukungan. Itu pelanggaran,\" kata Ketua Bawaslu NTT, Nonato da Purificacao Sarmento, Senin (4/3/2024)."
        let found = sentences(text)
        #expect(found.count == 1)
        let tail = try #require(found.last)
        #expect(tail.hasPrefix("KUPANG") && tail.hasSuffix("(4/3/2024)."))
    }

    @Test func unbalancedQuotesDoNotSwallowTheParagraph() {
        let text = "Dia berkata \"ASN harus netral. Bupati menegaskan hal itu. Semua setuju."
        #expect(sentences(text).count == 3)
        let stray = "Kata \u{201C}netral sering disalahpahami. Padahal aturannya jelas. Bawaslu mengawasi."
        #expect(sentences(stray).count == 3)
    }

    @Test func datelineIsItsOwnSentence() {
        let text = "Maumere, 4 Maret 2024. Pemerintah Kabupaten Sikka menggelar apel netralitas ASN. Apel dipimpin Sekda."
        #expect(sentences(text) == ["Maumere, 4 Maret 2024.", "Pemerintah Kabupaten Sikka menggelar apel netralitas ASN.", "Apel dipimpin Sekda."])
    }

    @Test func lineBreaksEndHeadingsAndUnpunctuatedLines() {
        let text = "Bawaslu Ingatkan ASN Jaga Netralitas\nJakarta - Bawaslu RI mengingatkan ASN.\nBACA JUGA: KPU Tetapkan Jadwal Pilkada\nSanksi menanti pelanggar"
        #expect(sentences(text) == ["Bawaslu Ingatkan ASN Jaga Netralitas", "Jakarta - Bawaslu RI mengingatkan ASN.",
                                    "BACA JUGA: KPU Tetapkan Jadwal Pilkada", "Sanksi menanti pelanggar"])
        let wrapped = "Bupati meminta seluruh ASN tidak\nmengunggah dukungan di media sosial."
        #expect(sentences(wrapped).count == 1)
    }

    @Test func textWithoutPunctuation() {
        let text = "netralitas asn dalam pilkada harus dijaga semua pihak tanpa kecuali"
        #expect(sentences(text) == [text])
        #expect(sentences("").isEmpty)
    }

    @Test func listNumbersAndQuestionMarks() {
        let text = "Larangan bagi ASN:\n1. Ikut kampanye.\n2. Memasang atribut partai.\nApakah sanksinya berat? Ya, bisa diberhentikan!"
        #expect(sentences(text) == ["Larangan bagi ASN:", "1. Ikut kampanye.", "2. Memasang atribut partai.", "Apakah sanksinya berat?", "Ya, bisa diberhentikan!"])
    }

    @Test func initialBeforeAFunctionWordEndsTheSentence() {
        let text = "Realisasi naik pada kuartal I. Dengan begitu target tercapai."
        #expect(sentences(text).count == 2)
    }

    @Test func aSentenceTypedInLowerCaseStillStarts() {
        // Blog and comment style (Kompasiana), and scraped text that lost its capitals.
        #expect(sentences("Laporan itu sudah masuk ke Bawaslu sejak Januari 2024. tapi sampai sekarang belum ada tindak lanjut.")
            == ["Laporan itu sudah masuk ke Bawaslu sejak Januari 2024.", "tapi sampai sekarang belum ada tindak lanjut."])
        #expect(sentences("Netralitas ASN itu wajib. kalau dilanggar, sanksinya sudah jelas.")
            == ["Netralitas ASN itu wajib.", "kalau dilanggar, sanksinya sudah jelas."])
        #expect(sentences("Gedung itu dibangun setelah Perang Dunia II. sekarang dipakai sebagai kantor Bawaslu.").count == 2)
    }

    @Test func aLowerCaseWordAfterAnAbbreviationGoesOn() {
        let oneSentence = [
            "Bantuan berupa beras, minyak goreng, gula, dll. yang disalurkan lewat kelurahan sudah habis.",
            "Saham PT Bank Flores Tbk. sebanyak 10 juta lembar dilepas ke publik.",
            "Berkas itu diteken Kepala Bagian Umum Joko P. di ruang kerjanya.",
            "Pendaftaran calon anggota Panwascam dibuka Senin s.d. kamis pekan depan.",
            "Pengumuman dipasang di papan desa tgl. lima Maret.",
            "Tahapan kampanye dimulai 28 Nov. lalu di seluruh kabupaten.",
        ]
        for text in oneSentence { #expect(sentences(text) == [text]) }
        // A number before the period is no abbreviation.
        #expect(sentences("Pemungutan suara ulang digelar di TPS 5. kemudian hasilnya direkap.").count == 2)
        // After "?" or "!" a lower-case word is more often an attribution whose quotation marks were lost.
        #expect(sentences("Lalu siapa yang mengawasi camat? ujar Ketua Bawaslu Sikka.").count == 1)
        #expect(sentences("Kami menunggu... tapi jawaban tidak pernah datang.").count == 1)
        #expect(sentences("\"Apa salah kami?\" tanya seorang guru honorer.").count == 1)
    }

    @Test func aClosingQuoteTypedWithItsSpaceOnTheWrongSide() {
        let text = "\"Pengawasan kami perketat. Semua laporan ditindaklanjuti, \"kata Ketua Bawaslu Sikka. Ia meminta warga aktif melapor."
        #expect(sentences(text) == ["\"Pengawasan kami perketat. Semua laporan ditindaklanjuti, \"kata Ketua Bawaslu Sikka.",
                                    "Ia meminta warga aktif melapor."])
        // A quotation that opens in lower case after a comma still opens, and still closes.
        let opening = "Menurut dia, \"kami siap. Semua ASN netral,\" ujarnya. Apel lalu dibubarkan."
        #expect(sentences(opening) == ["Menurut dia, \"kami siap. Semua ASN netral,\" ujarnya.", "Apel lalu dibubarkan."])
        let list = "ASN diminta \"netral\", \"adil\", dan \"jujur\". Pesan itu disampaikan Sekda. Apel selesai pukul 09.00 WITA."
        #expect(sentences(list).count == 3)
    }

    @Test func aSlashAbbreviationNeverBeginsASentence() {
        let text = "Sisanya dipegang Timor Equity Partners Ltd. C/O PT Flores Sekuritas sebesar 12 persen. Data itu dirilis BEI."
        #expect(sentences(text) == ["Sisanya dipegang Timor Equity Partners Ltd. C/O PT Flores Sekuritas sebesar 12 persen.", "Data itu dirilis BEI."])
        let signed = "Undangan apel ditandatangani Drs. Adrianus Parera, M.Si. A/n Bupati Sikka. Apel digelar Senin."
        #expect(sentences(signed) == ["Undangan apel ditandatangani Drs. Adrianus Parera, M.Si. A/n Bupati Sikka.", "Apel digelar Senin."])
    }

    @Test func sentenceSpansMatchTheirTokens() {
        let text = "ANTARA - Penjabat Gubernur NTT Ayodhia Kalake meminta ASN netral. \"Kami awasi,\" katanya. Kompasianer @budi menulis #NetralitasASN... Lalu?"
        let t = Support.tokenize(text)
        var next = 0
        for sentence in t.sentences {
            #expect(sentence.tokens.lowerBound == next)
            #expect(t.tokens[sentence.tokens.lowerBound].start == sentence.start)
            #expect(t.tokens[sentence.tokens.upperBound - 1].end == sentence.end)
            next = sentence.tokens.upperBound
        }
        #expect(next == t.tokens.count)
        #expect(t.sentences.count == 4)
    }
}
