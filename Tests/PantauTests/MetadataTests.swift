import Foundation
import Testing
@testable import Pantau

@Suite struct MetadataTests {
    let dates = Support.knowledge.cleaner.dates

    @Test func indonesianDateLines() {
        #expect(dates.normalize("Senin, 4 Maret 2024 | 09:15 WIB") == "2024-03-04T09:15:00+07:00")
        #expect(dates.normalize("4 Mar 2024, 09:15:00 WITA") == "2024-03-04T09:15:00+08:00")
        #expect(dates.normalize("Senin 09-09-2024,14:20 WIT") == "2024-09-09T14:20:00+09:00")
        #expect(dates.normalize("2024-10-07T10:42:00+0800") == "2024-10-07T10:42:00+08:00")
        // Published, then updated: the first time is the publication.
        #expect(dates.normalize("3 September 2024   00:01 Diperbarui: 3 September 2024   00:03") == "2024-09-03T00:01:00+07:00")
        // A dateline has no time: it is the event's date, never taken as the publication.
        #expect(dates.normalize("Purworejo, 1 Juli 2024.")?.contains("T") != true)
    }

    @Test func htmlMetadataFromMetaAndJSONLD() throws {
        let html = """
        <html><head><title>Pj Gubernur Minta ASN Netral - Regional Liputan6.com</title>
        <meta name="author" content="Liputan6.com"><meta property="og:site_name" content="Liputan6.com">
        <link rel="canonical" href="https://www.liputan6.com/regional/read/5760391/pj-gubernur-minta-asn-netral">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pj Gubernur Minta ASN Netral",
        "datePublished":"2024-10-16T12:30:00+08:00","author":{"@type":"Person","name":"Ni Kadek Ayu Lestari"}}</script></head>
        <body><article><p>Penjabat Gubernur meminta seluruh aparatur sipil negara di lingkungan pemerintah provinsi untuk menjaga netralitas selama tahapan pilkada.</p></article></body></html>
        """
        let doc = try Support.knowledge.cleaner.clean(SourceDocument(source: "x.html", payload: .bytes(Array(html.utf8)))).get()
        #expect(doc.metadata.title == "Pj Gubernur Minta ASN Netral")
        #expect(doc.metadata.author == "Ni Kadek Ayu Lestari")
        #expect(doc.metadata.published == "2024-10-16T12:30:00+08:00")
        #expect(doc.metadata.url == "https://www.liputan6.com/regional/read/5760391/pj-gubernur-minta-asn-netral")
        #expect(doc.metadata.site == "liputan6.com")
    }

    @Test func siteIsTheRegisteredDomain() {
        let rules = Support.knowledge.cleaner.rules
        #expect(rules.site(of: "https://regional.kompas.com/read/2024/x") == "kompas.com")
        #expect(rules.site(of: "https://jateng.tribunnews.com/2024/x") == "tribunnews.com")
        #expect(rules.site(of: "https://www.purworejokab.go.id/berita/x") == "purworejokab.go.id")
        #expect(rules.site(of: "https://www.bbc.co.uk/news") == "bbc.co.uk")
    }

    @Test func textScrapeBylineAndHeadline() throws {
        let text = """
        Bawaslu Bangka Barat Ingatkan Kades Jangan Jadikan Bansos Alat Kampanye
        Penulis: Dedy Irawan | Editor: Yudi Hendra
        Senin 09-09-2024,14:20 WIB
        Share

        MENTOK – Ketua Bawaslu Bangka Barat mengingatkan seluruh kepala desa agar tidak menjadikan penyaluran bantuan sosial sebagai alat kampanye pasangan calon.
        """
        let doc = try Support.knowledge.cleaner.clean(SourceDocument(source: "x.txt", payload: .bytes(Array(text.utf8)))).get()
        #expect(doc.metadata.title == "Bawaslu Bangka Barat Ingatkan Kades Jangan Jadikan Bansos Alat Kampanye")
        #expect(doc.metadata.author == "Dedy Irawan")
        #expect(doc.metadata.published == "2024-09-09T14:20:00+07:00")
        #expect(doc.text.hasPrefix("MENTOK – Ketua Bawaslu"))
    }

    func metadata(_ html: String) throws -> DocumentMetadata {
        try Support.knowledge.cleaner.clean(SourceDocument(source: "x.html", payload: .bytes(Array(html.utf8)))).get().metadata
    }

    static let body = """
    <p>Bawaslu kabupaten membentuk satuan tugas pengawasan netralitas aparatur sipil negara menjelang pemungutan suara pilkada serentak tahun ini.</p>
    <p>Satgas itu melibatkan inspektorat dan badan kepegawaian daerah untuk menindaklanjuti setiap laporan masyarakat tentang pegawai yang berpihak.</p>
    <p>Warga diminta melapor melalui posko pengaduan yang dibuka di setiap kecamatan selama masa kampanye berlangsung hingga hari tenang.</p>
    """

    /// Antara and its regional sites sign the article below it; a blog or Pemda page may
    /// give only a labelled date without a time, in one line of pipe-separated fields.
    @Test func bylinesBelowTheArticleAndLabelledDates() throws {
        let antara = try metadata("""
        <html><body><div class="wrap"><h1>Satgas Netralitas ASN Dibentuk</h1><div class="post-content">\(Self.body)
        <p class="text-muted small">Pewarta: Rini Oktaviani<br>Editor: Budi Santoso<br>Copyright &copy; ANTARA 2024</p></div></div></body></html>
        """)
        #expect(antara.author == "Rini Oktaviani")
        let pemda = try metadata("""
        <html><body><div class="header">Selasa, 26 November 2024</div><table><tr><td class="info">Penulis : Humas Setda &nbsp;|&nbsp; Tanggal : 28 Oktober 2024 &nbsp;|&nbsp; Dibaca : 188 kali</td></tr></table>
        <div class="isi">\(Self.body)</div></body></html>
        """)
        #expect(pemda.published == "2024-10-28")
        #expect(pemda.author == "Humas Setda")
        let blog = try metadata("""
        <html><body><div class="post"><h3>Catatan Pilkada</h3><div class="meta">Diposting: Rabu, 09 Oktober 2024 | 14:30 WITA</div>
        <div class="entry">\(Self.body)</div></div></body></html>
        """)
        #expect(blog.published == "2024-10-09T14:30:00+08:00")
    }

    /// A portal header's "today" is not the publication date, and "Oleh karena itu" opens a
    /// sentence, not a byline.
    @Test func unlabelledBareDatesAndOlehKarenaItuAreNotMetadata() throws {
        let page = try metadata("""
        <html><body><div class="topbar">Selasa, 26 November 2024</div><div class="isi">
        <p>Oleh karena itu, para camat diminta mengawasi kepala desa.</p>\(Self.body)</div></body></html>
        """)
        #expect(page.published == "")
        #expect(page.author == "")
        #expect(Support.knowledge.cleaner.rules.byline("Oleh karena itu, para camat diminta") == nil)
        #expect(Support.knowledge.cleaner.rules.byline("By Admin 10 Jul 2024", months: dates.months) == "Admin")
        #expect(Support.knowledge.cleaner.rules.byline("Bypass Cikampek ditutup") == nil)
    }
}
