import Foundation
import Testing
@testable import Pantau

/// Text scrapes whose headline and date are not at the top: the article must survive whole.
/// The texts are written for these tests, in the layouts of several portals.
@Suite struct TextScrapeLayoutTests {
    static func clean(_ text: String) throws -> CleanDocument {
        try Support.knowledge.cleaner.clean(SourceDocument(source: "scrape.txt", payload: .bytes(Array(text.utf8)))).get()
    }

    static func paragraphs(_ document: CleanDocument) -> [String] { document.text.components(separatedBy: "\n\n") }

    // Tribun style: the scraper wrote the title block (headline, date, photo caption) after the article.
    static let titleBlockLast = """
        SIKKA, POS-FLORES.COM – Badan Pengawas Pemilu Kabupaten Sikka memanggil dua aparatur sipil negara yang diduga hadir dalam deklarasi salah satu pasangan calon bupati.

        Ketua Bawaslu Sikka, Yosef Laka, mengatakan kedua ASN itu bekerja di Dinas Pertanian dan datang mengenakan kaus bergambar pasangan calon.

        "Kami sudah meminta klarifikasi, dan hasilnya kami teruskan ke BKN," kata Yosef di Maumere, Rabu (11/9/2024).

        Ia mengingatkan seluruh ASN di Sikka agar tidak mengunggah dukungan kepada calon mana pun di media sosial.

        Bawaslu Sikka Panggil Dua ASN yang Hadiri Deklarasi Paslon
        Rabu, 11 September 2024 15:42 WITA
        Ketua Bawaslu Sikka memberikan keterangan kepada wartawan di Maumere.
        """

    @Test func titleBlockWrittenAfterTheArticleKeepsTheArticle() throws {
        let document = try Self.clean(Self.titleBlockLast)
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.first?.hasPrefix("SIKKA, POS-FLORES.COM – Badan Pengawas Pemilu") == true)
        for start in ["Ketua Bawaslu Sikka, Yosef Laka", "\"Kami sudah meminta klarifikasi", "Ia mengingatkan seluruh ASN"] {
            #expect(paragraphs.contains { $0.hasPrefix(start) }, "lost: \(start)")
        }
        #expect(!document.text.contains("Bawaslu Sikka Panggil Dua ASN yang Hadiri"))
        #expect(!document.text.contains("15:42"))
        #expect(document.metadata.title == "Bawaslu Sikka Panggil Dua ASN yang Hadiri Deklarasi Paslon")
        #expect(document.metadata.published == "2024-09-11T15:42:00+08:00")
    }

    // Detik style: a related-stories block with its own headlines and dates ends the page.
    static let relatedBlockAtTheEnd = """
        Pj Bupati Ende Minta Kepala Desa Jaga Jarak dari Kampanye

        Ende - Penjabat Bupati Ende meminta kepala desa di wilayahnya menjaga jarak dari kegiatan kampanye pemilihan bupati.

        Permintaan itu disampaikan dalam rapat koordinasi bersama camat dan kepala desa di aula kantor bupati, Senin (14/10/2024).

        "Kepala desa itu pelayan semua warga, bukan tim sukses," ujarnya.

        (nws/ard)

        Berita Terkait
        Kades di Nangapanda Dilaporkan ke Bawaslu karena Ikut Kampanye
        Kamis, 10 Oktober 2024 09:15 WITA
        Camat Wolowaru Diminta Klarifikasi soal Foto Bersama Calon Bupati di Pasar
        Selasa, 8 Oktober 2024 13:40 WITA
        """

    @Test func relatedStoriesAtTheEndAreNotTheArticleNorItsHeader() throws {
        let document = try Self.clean(Self.relatedBlockAtTheEnd)
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("Ende - Penjabat Bupati Ende") == true)
        #expect(paragraphs.last == "\"Kepala desa itu pelayan semua warga, bukan tim sukses,\" ujarnya.")
        #expect(document.metadata.title == "Pj Bupati Ende Minta Kepala Desa Jaga Jarak dari Kampanye")
        // The dates below "Berita Terkait" are the other stories'.
        #expect(document.metadata.published == "")
    }

    // Kompas style: page 2 of a story, starting mid-sentence; the title block and byline follow the text.
    static let secondPageMidStory = """
        sebelum masa tenang dimulai, pengawas kelurahan akan menyisir baliho yang dipasang di kantor pemerintahan, kata dia.

        Ia menambahkan, lurah dan camat yang kedapatan memfasilitasi kegiatan pasangan calon akan dilaporkan ke Badan Kepegawaian Negara.

        "Aturannya jelas. Fasilitas negara tidak boleh dipakai untuk kampanye," kata Rudi.

        Sebelumnya, Bawaslu Kota Kupang menerima tiga laporan dugaan pelanggaran netralitas dari warga.

        Halaman:
        1
        2

        Bawaslu Kota Kupang Sisir Baliho di Kantor Kelurahan
        21/10/2024, 10:05 WIB
        Penulis: Anselmus Nuwa
        """

    @Test func secondPageThatStartsMidStoryKeepsEveryParagraph() throws {
        let document = try Self.clean(Self.secondPageMidStory)
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.count == 4, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("sebelum masa tenang dimulai") == true)
        #expect(paragraphs.last?.hasPrefix("Sebelumnya, Bawaslu Kota Kupang") == true)
        #expect(document.metadata.title == "Bawaslu Kota Kupang Sisir Baliho di Kantor Kelurahan")
        #expect(document.metadata.author == "Anselmus Nuwa")
    }

    // Antara style: the title block at the top, repeated at the bottom after the byline.
    static let titleRepeatedAtTheBottom = """
        Bawaslu Sumba Timur Minta Kepala Desa Tidak Jadi Tim Kampanye
        Jumat, 18 Oktober 2024 08:30 WITA

        Waingapu (ANTARA) - Badan Pengawas Pemilu Kabupaten Sumba Timur meminta seluruh kepala desa tidak bergabung dalam tim kampanye pasangan calon bupati dan wakil bupati.

        Anggota Bawaslu Sumba Timur, Daniel Hambapraing, mengatakan larangan itu tertulis dalam undang-undang pemilihan dan undang-undang desa.

        Menurut dia, pengawas desa akan mencatat setiap kepala desa yang hadir dalam kampanye terbuka.

        Pewarta: Lodowik Umbu
        Editor: Maria Ratu

        Bawaslu Sumba Timur Minta Kepala Desa Tidak Jadi Tim Kampanye
        Jumat, 18 Oktober 2024 08:30 WITA
        Copyright © ANTARA 2024
        """

    @Test func titleBlockRepeatedAtTheBottomIsNotText() throws {
        let document = try Self.clean(Self.titleRepeatedAtTheBottom)
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("Waingapu (ANTARA)") == true)
        #expect(document.metadata.title == "Bawaslu Sumba Timur Minta Kepala Desa Tidak Jadi Tim Kampanye")
        #expect(document.metadata.published == "2024-10-18T08:30:00+08:00")
        #expect(document.metadata.author == "Lodowik Umbu")
    }

    // Tribun style, short: the footer byline is among the first sixteen lines, and the last
    // paragraph, a quote ending in "(*)", is short enough to look like a headline.
    static let footerBylineInAShortScrape = """
        Kades Dilarang Pasang Baliho Calon di Balai Desa

        Kepala desa yang memasang baliho calon di balai desa akan dilaporkan ke Panwascam.

        Laporan Wartawan Tribun Flores, Gerardus Kolo

        MAUMERE, TRIBUNFLORES.COM - Panitia Pengawas Kecamatan Alok mengingatkan kepala desa agar tidak memasang alat peraga kampanye di gedung milik desa.

        "Balai desa milik semua warga. Tidak boleh ada gambar calon di sana," kata Ketua Panwascam Alok. (*)

        Penulis: Gerardus Kolo
        Editor: Hilda Rae
        Ikuti kami di
        KOMENTAR
        """

    @Test func footerBylineDoesNotOpenTheArticle() throws {
        let document = try Self.clean(Self.footerBylineInAShortScrape)
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs.first == "Kepala desa yang memasang baliho calon di balai desa akan dilaporkan ke Panwascam.")
        #expect(paragraphs.last?.hasSuffix("kata Ketua Panwascam Alok. (*)") == true)
        #expect(document.metadata.title == "Kades Dilarang Pasang Baliho Calon di Balai Desa")
        #expect(document.metadata.author == "Gerardus Kolo")
    }

    // Kompasiana style: profile box, title, date, the post, then lists of other posts with long titles.
    static let blogWithRelatedLists = """
        Mohon tunggu...
        Rini Astuti
        Rini Astuti Mohon Tunggu... Guru
        Menulis untuk berbagi
        Selanjutnya
        Tutup
        Netralitas Guru Honorer di Tahun Politik
        5 Oktober 2024   19:20 Diperbarui: 5 Oktober 2024   19:25 88
        +
        Laporkan Konten

        Guru honorer sering dianggap bukan ASN, sehingga banyak yang merasa bebas menunjukkan dukungan kepada calon kepala daerah.

        Padahal guru honorer yang digaji dari anggaran daerah tetap terikat aturan netralitas yang dibuat pemerintah daerah masing-masing.

        Sekolah adalah ruang belajar, bukan panggung kampanye, dan murid tidak boleh dijadikan sasaran ajakan memilih.

        Artikel Terkait
        Ketika Kepala Desa Harus Memilih antara Jabatan dan Dukungan kepada Kerabat yang Maju sebagai Calon Bupati
        Catatan dari Posko Pengaduan Netralitas ASN di Kecamatan Kami Selama Masa Kampanye Berlangsung Hingga Hari Ini
        Terpopuler
        Menimbang Ulang Sanksi bagi Aparatur yang Menyukai Unggahan Calon di Media Sosial Menjelang Hari Pemungutan
        """

    @Test func relatedListsWithLongTitlesAreDropped() throws {
        let document = try Self.clean(Self.blogWithRelatedLists)
        let paragraphs = Self.paragraphs(document)
        #expect(paragraphs.count == 3, "\(paragraphs)")
        #expect(paragraphs.first?.hasPrefix("Guru honorer sering dianggap") == true)
        #expect(document.metadata.title == "Netralitas Guru Honorer di Tahun Politik")
        #expect(document.metadata.author == "Rini Astuti")
        #expect(document.metadata.published == "2024-10-05T19:20:00+07:00")
    }

    /// Every layout above: no prose paragraph of the article is lost, and none comes out empty.
    @Test(arguments: [titleBlockLast, relatedBlockAtTheEnd, secondPageMidStory, titleRepeatedAtTheBottom, footerBylineInAShortScrape, blogWithRelatedLists])
    func everyArticleParagraphStays(text: String) throws {
        let document = try Self.clean(text)
        let kept = Set(Self.paragraphs(document))
        let article = text.components(separatedBy: "\n").map { Whitespace.collapse($0) }.filter {
            $0.split(separator: " ").count >= 8 && ($0.hasSuffix(".") || $0.hasSuffix("(*)")) && !$0.contains("Mohon Tunggu")
        }
        #expect(article.count >= 3)
        for line in article { #expect(kept.contains(line), "lost: \(line.prefix(60))") }
    }

    // A scrape cut off mid-sentence right after a "Baca Juga" block keeps its last paragraph.
    @Test func aCutOffParagraphAfterARelatedBlockStays() throws {
        let text = """
            Pemkab Sikka Gelar Apel Netralitas ASN

            Maumere - Pemerintah Kabupaten Sikka menggelar apel netralitas aparatur sipil negara di halaman kantor bupati, Senin pagi.

            Baca Juga
            Bawaslu Sikka Buka Posko Pengaduan

            Dalam apel itu seluruh kepala dinas dan camat membacakan ikrar untuk tidak memihak kepada pasangan calon mana pun selama tahapan pemilihan berlangsung dan berjanji menindak pegawai yang
            """
        let paragraphs = Self.paragraphs(try Self.clean(text))
        #expect(paragraphs.count == 2, "\(paragraphs)")
        #expect(paragraphs.last?.hasPrefix("Dalam apel itu seluruh kepala dinas") == true)
        #expect(!paragraphs.contains("Bawaslu Sikka Buka Posko Pengaduan"))
    }

    // A Pemkab press note of one or two short sentences is the whole article.
    @Test(arguments: ["ASN wajib netral.", "Pemkab Sikka mengingatkan ASN wajib netral.",
                      "Kepala Desa Watublapi diperiksa Bawaslu Sikka.\nCamat Nita dipanggil Panwascam."])
    func oneOrTwoSentenceNotesAreText(text: String) throws {
        let document = try Self.clean(text)
        #expect(document.text == text.replacingOccurrences(of: "\n", with: "\n\n"))
    }

    @Test func aHeadlineAloneIsNoArticle() {
        let result = Support.knowledge.cleaner.clean(SourceDocument(source: "x.txt", payload: .bytes(Array("Bawaslu Sikka Awasi Netralitas ASN\n".utf8))))
        #expect(throws: CleanFailure.self) { try result.get() }
    }

    @Test func sentencesInsideALineMakeItProseNotAHeadline() {
        #expect(TextScrapeCleaner.hasSentenceEnd("\"Balai desa milik semua warga. Tidak boleh,\" kata dia. (*)"))
        #expect(TextScrapeCleaner.hasSentenceEnd("Jangan pilih. Ini katanya"))
        #expect(!TextScrapeCleaner.hasSentenceEnd("Pj. Bupati Kab. Sikka Minta ASN Netral"))
        #expect(!TextScrapeCleaner.hasSentenceEnd("ASN Boleh Like Unggahan Calon? Ini Kata BKN"))
        #expect(!TextScrapeCleaner.hasSentenceEnd("Mohon tunggu... Guru"))
    }
}
