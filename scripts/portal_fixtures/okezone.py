"""okezone.com pages."""
from common import GOLD_KINDS, When, esc, gold_html, head_open, jsonld, text_of


def render(page):
    w = When(page["published"])
    meta = page["meta"]
    title = page["title"]
    img = f"https://img.okezone.com/content/{w.y}/{w.mm}/{w.dd}/337/netralitas.jpg"
    head = head_open(page)
    head += [f'<title>{esc(title)} : Okezone {page["channel"]}</title>',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<meta name="description" content="{esc(text_of(page["body"][0][1])[:150])}">',
             f'<meta name="keywords" content="{esc(", ".join(page["tags"]))}">']
    if "author" in meta:
        head.append(f'<meta name="author" content="{esc(page["author"])}">')
    head += ['<meta property="og:type" content="article">',
             '<meta property="og:site_name" content="Okezone.com">',
             f'<meta property="og:title" content="{esc(title)}">',
             f'<meta property="og:url" content="{page["url"]}">',
             f'<meta property="og:image" content="{img}">']
    if "published_time" in meta:
        head.append(f'<meta property="article:published_time" content="{page["published"]}">')
    head.append(f'<link rel="canonical" href="{page["url"]}">')
    head.append('<link rel="stylesheet" href="https://cdn.okezone.com/underwood/revamp/2023/css/read.css?v=1.6">')
    head.append("""<script type="text/javascript">
var _okz = {"channel":"%s","subchannel":"%s","contentid":"%s"};
var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];
</script>""" % (page["channel"], page["sub"], page["url"].rstrip("/").split("/")[-2]))
    if "jsonld" in meta:
        head.append(jsonld(page, publisher="Okezone", logo="https://cdn.okezone.com/underwood/revamp/2023/img/okezone.png", section=page["sub"], image=img))
    head.append('</head>')
    b = ['<body>',
         '<div class="cookies-policy" id="cookie-bar">Kami menggunakan cookie untuk meningkatkan pengalaman Anda. <a href="https://www.okezone.com/privacy-policy">Pelajari lebih lanjut</a> <button class="accept-cookie">Oke</button></div>',
         '<div class="head-top"><div class="container"><a class="logo" href="https://www.okezone.com"><img src="https://cdn.okezone.com/underwood/revamp/2023/img/okezone.png" alt="Okezone"></a>'
         '<ul class="top-menu"><li><a href="https://www.okezone.com/login">Masuk</a></li><li><a href="https://www.okezone.com/register">Daftar</a></li></ul></div></div>',
         '<div class="nav-menu"><ul class="menu-list">' + "".join(f'<li><a href="https://{m.lower()}.okezone.com">{m}</a></li>' for m in
                                                               ["News", "Nasional", "Megapolitan", "Economy", "Sports", "Bola", "Celebrity", "Lifestyle", "Techno", "Otomotif", "Travel", "Muslim"]) + '</ul></div>',
         '<div class="container-bodyhome"><div class="container-bodyhome-left">',
         f'<div class="breadcrumb"><a href="https://www.okezone.com">Home</a> <span>/</span> <a href="https://news.okezone.com">News</a> <span>/</span> <a href="#">{page["sub"]}</a></div>',
         f'<div class="title"><h1>{esc(title)}</h1></div>',
         '<div class="reporter">',
         f'<div class="namerep"><a href="https://www.okezone.com/author/{page["author"].lower().replace(" ", "-")}">{esc(page["author"])}</a>, <b>Jurnalis</b> \u00b7 <b>{w.day} {w.dd} {w.month} {w.y} {w.hm} {w.zone}</b></div>',
         '</div>',
         '<div class="share-det"><ul><li class="fb"><a href="#">Facebook</a></li><li class="tw"><a href="#">Twitter</a></li><li class="wa"><a href="#">WhatsApp</a></li><li class="cp"><a href="#">Copy Link</a></li></ul></div>',
         f'<div class="detfoto"><img src="{img}" alt="{esc(title)}"><div class="caption-img-ab">{esc(page["photo"])}</div></div>',
         '<div id="contentx" class="read">']
    for item in page["body"]:
        kind = item[0]
        if kind in GOLD_KINDS:
            b.append(gold_html(item))
        elif kind == "baca":
            heads = item[1] if isinstance(item[1], list) else [item[1]]
            for h in heads:
                b.append(f'<p><strong>BACA JUGA:</strong></p><p><a href="https://news.okezone.com/read/{w.y}/{w.mm}/{w.dd}/337/30{len(h)}1/'
                         f'{"-".join(h.lower().replace(",", "").split())}" class="gabung-inline">{esc(h)}</a></p>')
        elif kind == "ad":
            b.append('<div class="ads-inread"><div class="adv-label">Advertisement</div><div id="div-gpt-ad-inread"></div></div>')
        elif kind == "img":
            b.append(f'<div class="img-in-article"><img src="{img}" alt=""><span class="caption-img">{esc(item[1])}</span></div>')
    b.append('<p><a href="https://news.google.com/publications/CAAqBwgKMKi9hgswrLicAw" class="google-news-link">Follow Berita Okezone di Google News</a></p>')
    b.append('</div>')
    if page.get("paging"):
        nxt = page["url"] + "?page=2"
        b.append(f'<div class="paging newsdetail"><span class="label">Halaman :</span> <a class="active" href="{page["url"]}">1</a> <a href="{nxt}">2</a> <a href="{nxt}" class="next">Berikutnya &raquo;</a></div>')
        b.append(f'<div class="show-all"><a href="{page["url"]}?page=all">Tampilkan Semua</a></div>')
    b.append('<div class="box-gnews"><p>Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu akun di ORION, daftar sekarang dengan '
             '<a href="https://aplikasi.okezone.com">klik disini</a> dan nantikan kejutan menarik lainnya</p></div>')
    b.append('<div class="detail-tag newsdetail"><span>Tags :</span> ' + "".join(f'<a href="https://www.okezone.com/tag/{t.replace(" ", "-")}">{esc(t)}</a> ' for t in page["tags"]) + '</div>')
    b.append('<div class="news-fokus"><h3 class="title-fokus">Berita Terkait</h3><ul>' + "".join(
        f'<li><a href="#">{esc(r)}</a></li>' for r in page["related"]) + '</ul></div>')
    b.append('<div class="komentar-box" id="comment"><h3>Komentar</h3><div class="fb-comments" data-href="%s">Write a Facebook Comment</div>'
             '<p class="komentar-note">Berkomentarlah secara bijaksana dan bertanggung jawab.</p></div>' % page["url"])
    b.append('</div>')
    b.append('<div class="container-bodyhome-right"><div class="box-terpopuler"><h3 class="title-box">Terpopuler</h3><ul class="list-populer">' + "".join(
        f'<li><span class="nomor">{k}</span><a href="#">{esc(r)}</a></li>' for k, r in enumerate(page["popular"], 1)) + '</ul></div>'
        '<div class="box-ads-right"><div id="div-gpt-ad-right"></div></div></div>')
    b.append('</div>')
    b.append('<div class="footer"><div class="container"><ul class="footer-link"><li><a href="#">Redaksi</a></li><li><a href="#">Kotak Pos</a></li><li><a href="#">Karier</a></li>'
             '<li><a href="#">Info Iklan</a></li><li><a href="#">Privacy Policy</a></li><li><a href="#">Pedoman Media Siber</a></li></ul>'
             '<div class="copyright">Copyright &copy; 2024 Okezone.com, All Rights Reserved. Part of MNC Media</div></div></div>')
    b.append('<script src="https://cdn.okezone.com/underwood/revamp/2023/js/read.js?v=1.6"></script>')
    b.append('</body>\n</html>\n')
    return "\n".join(head + b)


PAGES = []

PAGES.append(dict(
    name="okezone-sampang-propam-periksa-anggota",
    channel="Nasional",
    sub="Jatim",
    meta={"author", "published_time", "jsonld"},
    title="Propam Polda Jatim Periksa 4 Anggota Polres Sampang Terkait Netralitas",
    author="Hamdani Rasyid",
    published="2024-10-29T13:40:00+07:00",
    url="https://news.okezone.com/read/2024/10/29/519/3078823/propam-polda-jatim-periksa-4-anggota-polres-sampang-terkait-netralitas",
    site="okezone.com",
    photo="Ilustrasi anggota Polri. (Foto: Dok Okezone)",
    paging=True,
    tags=["Polres Sampang", "Propam", "Netralitas Polri", "Pilkada Sampang"],
    related=["Kapolda Jatim Ancam Pecat Anggota yang Tak Netral", "Bawaslu Sampang Temukan Dugaan Intimidasi Pemilih"],
    popular=["Jadwal Pencoblosan Pilkada Serentak 2024", "Harga Emas Hari Ini", "Timnas Indonesia Umumkan Skuad Piala AFF"],
    body=[
        ("p", "<strong>SAMPANG</strong> - Bidang Profesi dan Pengamanan (Propam) Polda Jawa Timur memeriksa empat anggota Polres Sampang yang diduga tidak netral dalam Pilkada 2024. Keempatnya dilaporkan menghadiri pertemuan tertutup bersama tim pemenangan salah satu pasangan calon bupati."),
        ("p", "Kabid Propam Polda Jatim, Kombes Pol Hartono Wibisono, mengatakan pemeriksaan dilakukan setelah pihaknya menerima laporan disertai foto dan video pertemuan tersebut. Empat anggota itu terdiri atas seorang perwira pertama dan tiga bintara."),
        ("p", "\"Kami periksa secara maraton sejak Senin. Kalau terbukti melanggar, mereka akan menjalani sidang disiplin atau sidang kode etik,\" ujar Hartono di Surabaya, Selasa (29/10/2024)."),
        ("baca", "Kapolda Jatim Ancam Pecat Anggota yang Tak Netral"),
        ("p", "Menurut Hartono, pertemuan itu berlangsung di sebuah rumah di Kecamatan Torjun pada pekan lalu. Dalam video yang beredar, salah satu anggota terlihat berbincang akrab dengan koordinator tim pemenangan sambil menunjukkan lembaran berisi daftar nama desa."),
        ("p", "Propam tengah mendalami isi daftar tersebut. Pemeriksaan juga menyasar kemungkinan adanya perintah dari atasan kepada keempat anggota itu untuk menghadiri pertemuan."),
        ("ad",),
        ("p", "Hartono menegaskan, Polri memegang prinsip netralitas secara mutlak. Anggota Polri tidak memiliki hak pilih dan dilarang terlibat dalam kegiatan politik praktis dalam bentuk apa pun."),
        ("p", "\"Kami tidak akan menutup-nutupi. Hasil pemeriksaan akan kami sampaikan kepada publik,\" tegasnya."),
    ],
))

PAGES.append(dict(
    name="okezone-asahan-kades-bansos-bergambar-calon",
    channel="Nasional",
    sub="Sumut",
    meta={"author", "published_time"},
    charset="iso-8859-1",
    title="Kades di Asahan Diminta Tak Bagikan Bansos Bergambar Calon",
    author="Rudi Hartono Marpaung",
    published="2024-09-12T09:50:00+07:00",
    url="https://news.okezone.com/read/2024/09/12/608/3063320/kades-di-asahan-diminta-tak-bagikan-bansos-bergambar-calon",
    site="okezone.com",
    photo="Ilustrasi bantuan sosial beras. (Foto: Okezone)",
    tags=["Asahan", "Kepala Desa", "Bansos", "Pilkada Sumut"],
    related=["Bawaslu Sumut Awasi Penyaluran Bansos Jelang Kampanye", "Pj Gubernur Sumut Minta ASN Tak Berpolitik"],
    popular=["Gempa Guncang Tapanuli Utara", "Harga TBS Sawit di Sumut Pekan Ini", "PSMS Medan Menang di Kandang"],
    body=[
        ("p", "<strong>ASAHAN</strong> – Badan Pengawas Pemilu (Bawaslu) Kabupaten Asahan, Sumatera Utara, meminta seluruh kepala desa tidak membagikan bantuan sosial (bansos) yang dikemas dengan gambar atau atribut bakal calon kepala daerah."),
        ("p", "Permintaan itu disampaikan setelah Bawaslu menemukan paket beras bergambar seorang bakal calon bupati dibagikan di dua desa di Kecamatan Air Batu. Paket tersebut disalurkan melalui kantor desa bersamaan dengan bantuan pangan dari pemerintah."),
        ("p", "Ketua Bawaslu Asahan, Darwin Sitorus, mengatakan pencampuran bantuan pemerintah dengan paket bergambar bakal calon dapat menyesatkan warga. Warga bisa mengira bantuan pemerintah merupakan pemberian dari sang bakal calon."),
        ("p", "“Bantuan dari negara itu hak warga, bukan hadiah dari calon. Kepala desa jangan mau jadi perantara kemasan–kemasan seperti itu,” kata Darwin, Kamis (12/9/2024)."),
        ("baca", "Bawaslu Sumut Awasi Penyaluran Bansos Jelang Kampanye"),
        ("p", "Darwin menjelaskan, Bawaslu telah meminta klarifikasi kepada kedua kepala desa. Keduanya mengaku menerima titipan paket dari seseorang yang mengatasnamakan relawan dan tidak memeriksa isinya terlebih dahulu."),
        ("p", "Meski belum memasuki masa kampanye, Bawaslu tetap mencatat kejadian itu dan meneruskannya kepada Pemkab Asahan untuk pembinaan. Menurut Darwin, setelah penetapan pasangan calon, tindakan serupa dapat dijerat sebagai pelanggaran netralitas kepala desa."),
        ("p", "Sementara itu, Kepala Dinas Pemberdayaan Masyarakat dan Desa Asahan, Nurhayati Siregar, mengatakan pihaknya telah menyurati seluruh camat agar mengingatkan kepala desa. Surat itu juga meminta bantuan pemerintah disalurkan tanpa tambahan kemasan dari pihak lain."),
        ("p", "“Kami tidak ingin ada kesan pemerintah desa berpihak. Kades harus berdiri di tengah,” ujar Nurhayati. Ia menambahkan, Dinas PMD akan memantau penyaluran bantuan di 177 desa di Asahan hingga akhir tahun, termasuk bantuan untuk warga di kawasan pesisir dekat Tanjung Balai."),
    ],
))

PAGES.append(dict(
    name="okezone-karawang-pj-bupati-kumpulkan-asn",
    channel="Megapolitan",
    sub="Jabar",
    meta={"jsonld"},
    title="Jelang Pencoblosan, Pj Bupati Karawang Kumpulkan ASN Ingatkan Netralitas",
    author="Fadhil Rahman Syah",
    published="2024-11-20T15:15:00+07:00",
    url="https://news.okezone.com/read/2024/11/20/525/3085542/jelang-pencoblosan-pj-bupati-karawang-kumpulkan-asn-ingatkan-netralitas",
    site="okezone.com",
    photo="Pj Bupati Karawang saat apel bersama ASN. (Foto: Fadhil Rahman/Okezone)",
    tags=["Karawang", "ASN", "Netralitas", "Pilkada Karawang"],
    related=["KPU Karawang Distribusikan Logistik ke 30 Kecamatan"],
    popular=["Banjir Rob Kembali Rendam Pesisir Karawang", "Kemacetan Tol Japek Jelang Libur Pilkada"],
    body=[
        ("p", "<strong>KARAWANG</strong> - Penjabat (Pj) Bupati Karawang, Asep Sunandar Wiratmaja, mengumpulkan ribuan aparatur sipil negara (ASN) di Plaza Pemkab Karawang, Rabu (20/11/2024), sepekan sebelum hari pemungutan suara Pilkada 2024."),
        ("p", "Dalam apel tersebut, Asep kembali mengingatkan ASN untuk menjaga netralitas, terutama pada masa tenang yang dinilai rawan terjadinya pengarahan pemilih."),
        ("p", "\"Sisa satu minggu ini jangan sampai merusak apa yang sudah kita jaga berbulan-bulan. Tidak ada rapat-rapat di luar jam dinas yang membahas calon,\" kata Asep."),
        ("baca", "KPU Karawang Distribusikan Logistik ke 30 Kecamatan"),
        ("p", "Asep juga meminta ASN menggunakan hak pilihnya pada 27 November tanpa mengajak rekan kerja, bawahan, maupun warga yang dilayani untuk memilih pasangan calon tertentu."),
    ],
))
