import Foundation
import Testing
@testable import Pantau

/// Short pages in the layouts of Indonesian portals: the article stays, the furniture goes.
@Suite struct CleanHTMLTests {
    func clean(_ html: String) throws -> CleanDocument {
        try Support.knowledge.cleaner.clean(SourceDocument(source: "page.html", payload: .bytes(Array(html.utf8)))).get()
    }

    static let body = [
        "Maumere - Badan Pengawas Pemilu (Bawaslu) Kabupaten Sikka kembali mengingatkan aparatur sipil negara agar tidak terlibat dalam kegiatan kampanye pasangan calon bupati.",
        "\"ASN yang terbukti tidak netral akan kami rekomendasikan kepada BKN untuk dijatuhi sanksi,\" kata Ketua Bawaslu Sikka, Yohanes Don, kepada wartawan di Maumere, Senin.",
        "Ia menambahkan, pengawasan juga dilakukan terhadap kepala desa yang kerap diminta hadir dalam pertemuan tim pemenangan di tingkat kecamatan.",
        "Hal itu disampaikan di Maumere.",
    ]

    /// detik-style: share bar, inline "Baca juga" box, related list, comments, editor line.
    static let detikStyle = """
    <html><head><title>Bawaslu Sikka Ingatkan ASN - detikBali</title></head><body>
    <nav class="navbar"><a href="/">Home</a><a href="/bali">Bali</a></nav>
    <article class="detail"><h1 class="detail__title">Bawaslu Sikka Ingatkan ASN Tak Ikut Kampanye</h1>
    <div class="detail__author">Benediktus Sina - detikBali</div><div class="detail__date">Senin, 07 Okt 2024 10:42 WITA</div>
    <div class="detail__share"><a href="#">Bagikan</a><a href="#">Facebook</a></div>
    <figure><img src="x.jpg"><figcaption>Ilustrasi kampanye. Foto: dok. detikBali</figcaption></figure>
    <div class="detail__body-text itp_bodycontent"><p>\(body[0])</p>
    <p>\(body[1])</p>
    <table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong><a href="/x">Kades di Sikka Dilaporkan ke Bawaslu</a></div></td></tr></table>
    <p>\(body[2])</p><p>ADVERTISEMENT</p><p>SCROLL TO CONTINUE WITH CONTENT</p>
    <p>\(body[3])</p>
    <div class="detail__body-tag"><a href="/tag/asn">asn</a><a href="/tag/pilkada">pilkada</a></div>
    <p><strong>Simak berita dan artikel lainnya di Google News</strong></p></div></article>
    <div class="list-content terkait"><h2>Berita Terkait</h2><article><a href="/a">Pj Bupati Sikka minta ASN netral dalam pilkada serentak dan tidak ikut kampanye pasangan calon</a></article></div>
    <div id="comments" class="comment-box"><p>Semoga ASN di Sikka tetap netral dan tidak ikut dukung-mendukung calon dalam pilkada tahun ini, karena itu perintah undang-undang.</p></div>
    <footer>© 2024 detikcom</footer></body></html>
    """

    @Test func detikStyleKeepsTheArticleOnly() throws {
        let doc = try clean(Self.detikStyle)
        #expect(doc.text == Self.body.joined(separator: "\n\n"))
    }

    /// Pemkab-style page: no article tag, text in a content div with <br><br> paragraphs and a sidebar.
    @Test func pemkabStyleBreakSeparatedParagraphs() throws {
        let html = """
        <html><body><div id="header"><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li></ul></div>
        <div class="content-wrapper"><div class="isi-berita">\(Self.body[0])<br><br>\(Self.body[1])<br><br>\(Self.body[2])
        <br><br>Editor: Humas Setda</div>
        <div class="sidebar"><h3>Berita Populer</h3><p>Pemkab gelar apel ikrar netralitas ASN dan kepala desa di alun-alun kabupaten pada hari Senin pagi.</p></div></div>
        </body></html>
        """
        let doc = try clean(html)
        #expect(doc.text == Self.body.prefix(3).joined(separator: "\n\n"))
    }

    /// Headings inside the article stay as their own paragraph; the headline does not.
    @Test func inArticleHeadingsStay() throws {
        let html = """
        <html><head><meta property="og:title" content="Netralitas ASN di Pilkada"></head><body><main>
        <h1>Netralitas ASN di Pilkada</h1><p>\(Self.body[0])</p><h2>Sanksi bagi pelanggar</h2><p>\(Self.body[1])</p></main></body></html>
        """
        let doc = try clean(html)
        #expect(doc.text == [Self.body[0], "Sanksi bagi pelanggar", Self.body[1]].joined(separator: "\n\n"))
        #expect(doc.metadata.title == "Netralitas ASN di Pilkada")
        #expect(doc.metadata.language == "id")
    }

    @Test func englishPageIsMarkedEnglish() throws {
        let html = "<html><body><article><p>The regional election supervisors said on Monday that they would ask the civil service agency to sanction any official who was found to have campaigned for a candidate.</p></article></body></html>"
        #expect(try clean(html).metadata.language == "en")
    }

    /// An article in titled section boxes (liputan6's item-page layout, also used for long
    /// features on other portals): every section stays with its heading; the sidebar box with
    /// its own heading above a list of links does not join.
    @Test func articleInTitledSectionBoxesComesBackWhole() throws {
        let sections = (0..<3).map { k in
            """
            <div class="section-page">\(k == 0 ? "" : "<div class=\"section-title\"><h2>Bagian \(k + 1): Pengawasan Lapangan</h2></div>")
            \(k == 0 ? "" : "<div class=\"section-media\"><figure><img src=\"/f\(k).jpg\"><figcaption>Ilustrasi pengawasan (Foto: Dok. Bawaslu)</figcaption></figure></div>")
            <div class="section-content"><p>\(Self.body[0])</p>\(String(repeating: "<p>\(Self.body[1 + k % 2])</p>", count: k == 2 ? 4 : 1))</div></div>
            """
        }.joined(separator: "\n")
        let html = """
        <html><head><title>Netralitas ASN Sikka</title></head><body><div class="layout"><div class="main-column">
        <div class="article-body">\(sections)</div></div>
        <div class="right-column"><h3>Berita Terpopuler</h3><ul><li><a href="/a">Harga cabai naik di pasar tradisional</a></li>
        <li><a href="/b">Jadwal kapal ke Larantuka berubah</a></li><li><a href="/c">Tim sepak bola daerah menang tipis</a></li></ul></div></div></body></html>
        """
        let text = try clean(html).text
        #expect(text.contains("Bagian 2: Pengawasan Lapangan") && text.contains("Bagian 3: Pengawasan Lapangan"))
        #expect(text.components(separatedBy: "Maumere - Badan Pengawas").count == 4)
        #expect(!text.contains("Berita Terpopuler") && !text.contains("Harga cabai"))
    }
}
