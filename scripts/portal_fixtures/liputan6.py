"""liputan6.com pages: one article split into titled "pages" inside a single document."""
from common import GOLD_KINDS, When, esc, gold_html, jsonld, text_of


def render(page):
    w = When(page["published"])
    meta = page["meta"]
    title = page["title"]
    img = f"https://cdn1-production-images-kly.akamaized.net/{w.y}{w.mm}{w.dd}/netralitas.jpg"
    head = ['<!DOCTYPE html>', '<html lang="id">', '<head>', '<meta charset="utf-8">',
            f'<title>{esc(title)} - {page["channel_title"]} Liputan6.com</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{esc(text_of(page["body"][0][1])[:150])}">',
            '<meta name="robots" content="index, follow, max-image-preview:large">']
    if "author" in meta:
        head.append(f'<meta name="author" content="{esc(page["author"])}">')
    head += ['<meta property="og:site_name" content="liputan6.com">',
             '<meta property="og:type" content="article">',
             f'<meta property="og:title" content="{esc(title)}">',
             f'<meta property="og:url" content="{page["url"]}">',
             f'<meta property="og:image" content="{img}">',
             '<meta name="twitter:site" content="@liputan6dotcom">']
    if "published_time" in meta:
        head.append(f'<meta property="article:published_time" content="{page["published"]}">')
    head.append(f'<link rel="canonical" href="{page["url"]}">')
    head.append('<link rel="stylesheet" href="https://cdn-production-assets-kly.akamaized.net/assets/css/liputan6/read-page.css?v=24.1">')
    head.append("""<script>
window.kmklabs = window.kmklabs || {};
window.kmklabs.article = {"id": %s, "title": "%s", "type": "TextTypeArticle", "channel": "%s", "tags": %s};
</script>""" % (page["url"].split("/read/")[1].split("/")[0], title.replace('"', '\\"'), page["channel_title"],
                "[" + ",".join('"' + t + '"' for t in page["tags"]) + "]"))
    if "jsonld" in meta:
        head.append(jsonld(page, publisher="Liputan6.com", logo="https://cdn-production-assets-kly.akamaized.net/assets/images/logo.png",
                           section=page["channel_title"], image=img))
    head.append('</head>')
    b = ['<body class="read-page">',
         '<header class="navbar navbar--top"><div class="navbar--top__container"><a class="navbar--top__logo" href="https://www.liputan6.com">Liputan6.com</a>'
         '<form class="navbar--top__search" action="https://www.liputan6.com/search"><input name="q" placeholder="Cari berita"></form>'
         '<a class="navbar--top__login" href="https://www.liputan6.com/login">Login</a></div>'
         '<nav class="navbar--menu"><ul>' + "".join(f'<li class="navbar--menu__item"><a href="https://www.liputan6.com/{m.lower()}">{m}</a></li>'
                                                     for m in ["News", "Bisnis", "Showbiz", "Bola", "Tekno", "Regional", "Health", "Lifestyle", "Pilkada", "Cek Fakta", "Islami"]) + '</ul></nav></header>',
         '<div class="ads ads--billboard" id="gpt-ad-billboard"><span class="ads__label">Advertisement</span></div>',
         '<div class="container-article">',
         '<article class="hentry main read-page--core-article" data-type="TextTypeArticle">',
         '<header class="read-page--header">',
         f'<div class="read-page--header--breadcrumb"><a href="https://www.liputan6.com">Home</a> <a href="https://www.liputan6.com/{page["channel"]}">{page["channel_title"]}</a></div>',
         f'<h1 class="read-page--header--title entry-title">{esc(title)}</h1>',
         '<div class="read-page--header--author">',
         f'<div class="read-page--header--author__wrapper"><span class="read-page--header--author__by">Oleh</span> '
         f'<a class="read-page--header--author__link url fn" href="https://www.liputan6.com/me/{page["author"].split()[0].lower()}"><span class="read-page--header--author__name fn">{esc(page["author"])}</span></a></div>',
         f'<p class="read-page--header--author__datetime-wrapper"><span class="read-page--header--author__published">Diterbitkan</span> '
         f'<time class="read-page--header--author__datetime updated" datetime="{w.y}-{w.mm}-{w.dd} {w.hms}">{w.d} {w.mon} {w.y}, {w.hm} {w.zone}</time></p>',
         f'<p class="read-page--header--author__modified-time">Diperbarui {w.d} {w.mon} {w.y}, {page["updated"]} {w.zone}</p>',
         '</div>',
         '<div class="read-page--social-share"><span class="read-page--social-share__title">Bagikan</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Salin Tautan</a></div>',
         '</header>',
         '<div class="read-page--top-media"><figure class="read-page--photo-gallery--item">'
         f'<img src="{img}" alt="{esc(title)}"><figcaption class="read-page--photo-gallery--item__caption">{esc(page["photo"])}</figcaption></figure></div>',
         '<div class="article-content-body article-content-body_with-aside">']
    sections = [[]]
    titles = [""]
    for item in page["body"]:
        if item[0] == "section":
            sections.append([])
            titles.append(item[1])
        else:
            sections[-1].append(item)
    for n, (sec_title, items) in enumerate(zip(titles, sections), 1):
        b.append(f'<div class="article-content-body__item-page" data-page="{n}" data-title="{esc(sec_title)}">')
        if sec_title:
            b.append(f'<div class="article-content-body__item-title"><h2>{esc(sec_title)}</h2></div>')
        if n > 1:
            b.append(f'<div class="article-content-body__item-media"><figure><img src="{img}" alt=""><figcaption class="article-content-body__item-media__caption">{esc(page["photo2"])}</figcaption></figure></div>')
        b.append('<div class="article-content-body__item-content">')
        for item in items:
            kind = item[0]
            if kind in GOLD_KINDS:
                b.append(gold_html(item, quote_in_p=True))
            elif kind == "baca":
                heads = item[1] if isinstance(item[1], list) else [item[1]]
                b.append('<div class="baca-juga-collections" data-component-name="desktop:read-page:article-content-body:section:baca-juga">'
                         '<div class="baca-juga-collections__title">Baca Juga</div><ul class="baca-juga-collections__list">' + "".join(
                             f'<li class="baca-juga-collections__list-item"><a href="https://www.liputan6.com/{page["channel"]}/read/57{len(h)}1/{"-".join(h.lower().replace(",", "").split())}" class="baca-juga-collections__list-item__link">{esc(h)}</a></li>'
                             for h in heads) + '</ul></div>')
            elif kind == "ad":
                b.append('<div class="advertisement-placeholder"><div class="advertisement-text">Advertisement</div><div id="gpt-ad-inside" class="advertisement-wrapper"></div></div>')
            elif kind == "simak":
                b.append(f"<p><strong>{esc(item[1])}</strong></p>")
            elif kind == "video":
                b.append(f'<div class="read-page--video-gallery--item"><div class="video-player" data-title="{esc(item[1])}"></div></div>')
        b.append('</div></div>')
    b.append('</div>')
    b.append('<div class="tags--snippet"><span class="tags--snippet__title">#</span><ul class="tags--snippet__list">' + "".join(
        f'<li class="tags--snippet__item"><a class="tags--snippet__link" href="https://www.liputan6.com/tag/{t.replace(" ", "-")}"><span class="tags--snippet__name">{esc(t)}</span></a></li>' for t in page["tags"]) + '</ul></div>')
    b.append('<div class="read-page--sosmed-follow"><span>Follow Liputan6.com di</span> <a href="#">Google News</a> <a href="#">Instagram</a> <a href="#">TikTok</a></div>')
    b.append('</article>')
    b.append('<section class="read-page--related-news"><h3 class="read-page--related-news__title">Berita Terkait</h3><ul>' + "".join(
        f'<li class="read-page--related-news__item"><a href="#">{esc(r)}</a></li>' for r in page["related"]) + '</ul></section>')
    b.append('<section class="comment-section" id="comments"><h3>Komentar</h3><div class="comment-section__body">Tuliskan komentar Anda. '
             '<a href="https://www.liputan6.com/login">Login</a> untuk berkomentar.</div></section>')
    b.append('<aside class="sidebar"><div class="most-popular"><h3 class="most-popular__title">Terpopuler</h3><ol>' + "".join(
        f'<li><a href="#">{esc(r)}</a></li>' for r in page["popular"]) + '</ol></div></aside>')
    b.append('</div>')
    b.append('<footer class="footer"><div class="footer__container"><ul class="footer__menu"><li><a href="#">Tentang Kami</a></li><li><a href="#">Redaksi</a></li>'
             '<li><a href="#">Pedoman Media Siber</a></li><li><a href="#">Karir</a></li><li><a href="#">Kebijakan Privasi</a></li></ul>'
             '<p class="footer__copyright">&copy; 2024 Liputan6.com, a KMK Online company. All Rights Reserved</p></div></footer>')
    b.append('<script src="https://cdn-production-assets-kly.akamaized.net/assets/js/liputan6/read-page.js?v=24.1"></script>')
    b.append('</body>\n</html>\n')
    return "\n".join(head + b)


PAGES = []

PAGES.append(dict(
    name="liputan6-regional-garut-kades-mobilisasi",
    channel="regional",
    channel_title="Regional",
    meta={"author", "published_time", "jsonld"},
    title="Gelombang Kades di Garut Dukung Paslon, Bawaslu Telusuri Dugaan Mobilisasi",
    author="Asep Sulaeman Hakim",
    published="2024-10-25T08:00:00+07:00",
    updated="09:12",
    url="https://www.liputan6.com/regional/read/5768342/gelombang-kades-di-garut-dukung-paslon-bawaslu-telusuri-dugaan-mobilisasi",
    site="liputan6.com",
    photo="Ilustrasi kepala desa menghadiri acara pemerintahan. (Liputan6.com/Asep Sulaeman)",
    photo2="Kantor Bawaslu Kabupaten Garut. (Liputan6.com/Asep Sulaeman)",
    tags=["Garut", "Kepala Desa", "Netralitas", "Pilkada 2024", "Bawaslu"],
    related=["Bawaslu Jabar Minta Pemda Tegas Sikapi Kades yang Berpolitik", "Apdesi Garut Bantah Arahkan Anggota Dukung Calon Tertentu"],
    popular=["Cara Cek Lokasi TPS Pilkada 2024", "Gunung Papandayan Kembali Dibuka untuk Pendaki", "Harga Domba Garut Naik Jelang Musim Hajatan"],
    body=[
        ("p", "<strong>Liputan6.com, Garut</strong> - Badan Pengawas Pemilu (Bawaslu) Kabupaten Garut, Jawa Barat, menelusuri dugaan mobilisasi kepala desa untuk mendukung salah satu pasangan calon bupati dan wakil bupati dalam Pilkada 2024. Penelusuran dilakukan setelah muncul rangkaian pertemuan kepala desa yang diduga bermuatan kampanye di sejumlah kecamatan."),
        ("p", "Dalam dua pekan terakhir, Bawaslu Garut menerima tujuh laporan dan mencatat tiga temuan pengawasan yang melibatkan kepala desa. Laporan itu datang dari Kecamatan Cikajang, Cisurupan, Bayongbong, Malangbong, dan Pameungpeuk."),
        ("p", "Ketua Bawaslu Garut, Dedeh Rohayati Saputra, mengatakan pola yang muncul dalam laporan-laporan itu cenderung seragam. Kepala desa dikumpulkan dalam acara yang dikemas sebagai silaturahmi atau pembinaan, lalu di tengah acara hadir tim pemenangan pasangan calon."),
        ("p", "\"Kalau satu dua kejadian, bisa jadi kebetulan. Tapi ini berulang di beberapa kecamatan dengan pola yang mirip. Karena itu kami menelusurinya lebih serius,\" kata Dedeh di Garut, Kamis (24/10/2024)."),
        ("baca", ["Bawaslu Jabar Minta Pemda Tegas Sikapi Kades yang Berpolitik",
                  "Apdesi Garut Bantah Arahkan Anggota Dukung Calon Tertentu"]),
        ("p", "Menurut Dedeh, Bawaslu telah meminta keterangan dari sebelas kepala desa, empat camat, dan sejumlah warga yang hadir dalam pertemuan-pertemuan tersebut. Bawaslu juga mengumpulkan undangan, daftar hadir, serta rekaman video yang diserahkan pelapor."),
        ("ad",),
        ("section", "Modus Silaturahmi dan Pembinaan"),
        ("p", "Salah satu pertemuan yang dilaporkan berlangsung di sebuah aula hotel di kawasan Tarogong pada pertengahan Oktober. Dalam undangan yang beredar, acara itu disebut sebagai pembinaan kepala desa tentang pengelolaan dana desa."),
        ("p", "Namun, menurut pelapor, materi pengelolaan dana desa hanya berlangsung sekitar setengah jam. Sisanya diisi sambutan dari seorang tokoh yang memperkenalkan diri sebagai koordinator relawan pasangan calon."),
        ("p", "\"Di akhir acara, kepala desa diminta menandatangani lembar pernyataan dukungan. Ada juga pembagian kaus dan uang transport,\" ujar seorang kepala desa yang hadir dan meminta namanya tidak disebutkan."),
        ("p", "Kepala desa itu mengaku tidak menandatangani lembar tersebut. Meski begitu, ia khawatir penolakannya akan berdampak pada pencairan bantuan keuangan untuk desanya tahun depan."),
        ("p", "Pola lain yang ditemukan adalah pemanfaatan forum resmi asosiasi kepala desa. Di Kecamatan Malangbong, rapat rutin forum kepala desa disebut berubah menjadi ajang konsolidasi pemenangan setelah kedatangan seorang pejabat kecamatan."),
        ("p", "Dedeh menjelaskan, Bawaslu akan memeriksa apakah pejabat kecamatan tersebut berstatus ASN. Jika benar, pelanggarannya tidak hanya menyangkut kepala desa, tetapi juga netralitas ASN yang penanganannya diteruskan ke Badan Kepegawaian Negara."),
        ("simak", "Simak video pilihan berikut ini:"),
        ("video", "Bawaslu Garut Telusuri Dugaan Mobilisasi Kades"),
        ("section", "Suara dari Balai Desa"),
        ("p", "Tidak semua kepala desa di Garut merasa nyaman dengan situasi tersebut. Seorang kepala desa di Kecamatan Cisurupan mengaku berkali-kali menerima ajakan untuk menghadiri pertemuan serupa, tetapi selalu menolak dengan alasan ada kegiatan di desa."),
        ("p", "\"Kami ini serba salah. Kalau datang, takut dilaporkan. Kalau tidak datang, takut dianggap tidak mendukung. Padahal siapa pun yang menang nanti, desa tetap butuh bantuan kabupaten,\" ujarnya."),
        ("p", "Ia menyebut tekanan paling terasa datang dari orang-orang yang mengaku dekat dengan pejabat kabupaten. Mereka kerap menyinggung soal bantuan keuangan desa dan program infrastruktur yang anggarannya bergantung pada pemerintah kabupaten."),
        ("p", "Ketua Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Kabupaten Garut, Ujang Sobari Permana, membantah organisasinya mengarahkan anggota untuk mendukung pasangan calon tertentu. Menurut dia, Apdesi Garut sudah mengeluarkan surat imbauan agar seluruh kepala desa menjaga netralitas."),
        ("p", "\"Kalau ada kepala desa yang hadir di acara calon, itu sikap pribadi, bukan sikap organisasi. Kami sudah ingatkan berkali-kali,\" kata Ujang."),
        ("p", "Ujang juga meminta Bawaslu bersikap adil dengan memeriksa semua pihak yang diduga terlibat, termasuk pihak yang mengundang dan memfasilitasi pertemuan. Menurutnya, kepala desa kerap hanya menjadi sasaran, sementara penggeraknya luput dari pemeriksaan."),
        ("p", "Pengamat politik lokal dari sebuah perguruan tinggi di Garut, Rina Kartikasari, menilai pola mobilisasi kepala desa muncul karena posisi mereka yang strategis dalam menggalang suara. Kepala desa mengetahui peta pemilih hingga tingkat RT dan memiliki jaringan perangkat desa yang bisa digerakkan."),
        ("p", "\"Di daerah dengan jumlah desa sebanyak Garut, kepala desa adalah aset elektoral yang sangat berharga. Karena itu, godaan untuk menarik mereka ke dalam politik praktis selalu besar,\" kata Rina."),
        ("section", "Ancaman Sanksi bagi Kades"),
        ("p", "Undang-Undang Nomor 10 Tahun 2016 tentang Pilkada melarang kepala desa membuat keputusan atau tindakan yang menguntungkan atau merugikan salah satu pasangan calon selama masa kampanye. Pelanggaran terhadap ketentuan itu diancam pidana penjara paling singkat satu bulan dan paling lama enam bulan."),
        ("p", "Selain sanksi pidana, Undang-Undang Desa juga mengatur sanksi administratif bagi kepala desa yang terlibat dalam kampanye, mulai dari teguran lisan dan tertulis hingga pemberhentian sementara dan pemberhentian tetap."),
        ("h3", "Pemkab Garut menunggu rekomendasi"),
        ("p", "Pj Bupati Garut, Ridwan Maulana Sopandi, menyatakan pemerintah kabupaten akan menunggu rekomendasi resmi dari Bawaslu sebelum mengambil tindakan. Ia menegaskan tidak akan ragu menjatuhkan sanksi jika ada kepala desa yang terbukti tidak netral."),
        ("p", "\"Kepala desa itu dipilih warganya untuk melayani, bukan untuk mengerahkan warga ke calon tertentu. Kalau terbukti, sanksinya jelas,\" kata Ridwan."),
        ("p", "Ridwan juga meminta camat tidak sekadar menjadi penonton. Menurutnya, camat berkewajiban membina kepala desa di wilayahnya, termasuk mengingatkan mereka soal larangan berpolitik praktis."),
        ("h3", "Camat ikut diperiksa"),
        ("p", "Selain kepala desa, Bawaslu Garut juga memeriksa empat camat yang wilayahnya menjadi lokasi pertemuan. Pemeriksaan itu untuk memastikan apakah para camat mengetahui, mengizinkan, atau bahkan ikut mengorganisasi pertemuan tersebut."),
        ("p", "Dedeh mengatakan, dua camat mengaku tidak mengetahui adanya pertemuan karena acara digelar di luar kantor kecamatan. Satu camat mengaku hadir sebentar untuk memberikan sambutan tentang pengelolaan dana desa, lalu meninggalkan lokasi sebelum tim pemenangan tiba."),
        ("p", "Adapun satu camat lainnya belum memenuhi panggilan dengan alasan sedang menjalankan tugas dinas di luar kota. Bawaslu telah melayangkan panggilan kedua dan meminta camat tersebut hadir pekan depan."),
        ("p", "\"Camat adalah ASN, jadi aturannya lebih ketat. Kalau terbukti ikut mengatur pertemuan, rekomendasinya akan kami kirim ke BKN dan Pj Bupati,\" kata Dedeh."),
        ("p", "Menurut Dedeh, keterlibatan camat akan menjadi perhatian khusus karena camat memiliki kewenangan pembinaan dan pengawasan terhadap pemerintahan desa. Keterlibatan camat dalam pertemuan bernuansa kampanye dapat dibaca kepala desa sebagai perintah dari atas."),
        ("h3", "Warga diminta berani melapor"),
        ("p", "Bawaslu Garut membuka posko pengaduan di setiap kantor panitia pengawas kecamatan. Dedeh meminta warga yang mengetahui adanya pengarahan atau tekanan dari kepala desa untuk memilih calon tertentu agar segera melapor."),
        ("p", "\"Laporan warga itu penting, karena pengawas kami tidak mungkin hadir di setiap pertemuan. Kerahasiaan pelapor kami jamin,\" ujarnya."),
        ("p", "Dedeh menambahkan, hasil penelusuran atas seluruh laporan ditargetkan rampung sebelum masa tenang. Dengan begitu, rekomendasi sanksi dapat segera disampaikan kepada pihak yang berwenang."),
        ("p", "Garut merupakan salah satu kabupaten dengan jumlah desa terbanyak di Jawa Barat, yakni 421 desa yang tersebar di 42 kecamatan. Jumlah itu membuat pengawasan terhadap netralitas kepala desa menjadi pekerjaan besar bagi pengawas pemilu."),
    ],
))

PAGES.append(dict(
    name="liputan6-news-klaten-camat-rapat-pemenangan",
    channel="news",
    channel_title="News",
    meta={"author", "published_time"},
    title="Bawaslu Jateng Soroti Camat di Klaten yang Hadiri Rapat Pemenangan",
    author="Galih Prasetyo Adi",
    published="2024-09-27T17:21:00+07:00",
    updated="17:40",
    url="https://www.liputan6.com/news/read/5741890/bawaslu-jateng-soroti-camat-di-klaten-yang-hadiri-rapat-pemenangan",
    site="liputan6.com",
    photo="Ilustrasi Bawaslu. (Liputan6.com/Galih Prasetyo)",
    photo2="Suasana rapat koordinasi Bawaslu Jateng. (Liputan6.com/Galih Prasetyo)",
    tags=["Bawaslu Jateng", "Klaten", "Netralitas ASN", "Camat"],
    related=["Pj Gubernur Jateng Ingatkan ASN Tak Ikut Kampanye", "Bawaslu Klaten Klarifikasi Camat Soal Rapat Pemenangan"],
    popular=["Jadwal Debat Pilgub Jateng 2024", "Cara Pindah TPS untuk Pilkada", "Harga Beras di Solo Raya Stabil"],
    body=[
        ("p", "<strong>Liputan6.com, Semarang</strong> - Badan Pengawas Pemilu (Bawaslu) Jawa Tengah menyoroti kehadiran seorang camat di Kabupaten Klaten dalam rapat pemenangan salah satu pasangan calon bupati. Bawaslu Jateng meminta Bawaslu Klaten menuntaskan penanganan kasus tersebut secepatnya."),
        ("p", "Anggota Bawaslu Jateng, Sri Wahyuni Kusumaningrum, mengatakan camat merupakan pejabat ASN yang memiliki kewenangan besar di wilayahnya. Kehadirannya dalam rapat pemenangan dapat ditafsirkan warga sebagai sinyal dukungan pemerintah."),
        ("p", "\"Camat itu membawahi lurah dan berhubungan langsung dengan kepala desa. Kalau camat saja hadir di rapat tim sukses, pesan yang sampai ke bawah bisa ke mana-mana,\" kata Sri Wahyuni di Semarang, Jumat (27/9/2024)."),
        ("baca", "Pj Gubernur Jateng Ingatkan ASN Tak Ikut Kampanye"),
        ("p", "Rapat yang dimaksud berlangsung di sebuah rumah makan di Kecamatan Delanggu, dua hari sebelum masa kampanye dimulai. Foto camat yang duduk di samping ketua tim pemenangan beredar di grup-grup percakapan warga."),
        ("p", "Bawaslu Klaten telah memanggil camat tersebut untuk klarifikasi. Kepada pengawas, sang camat berdalih datang untuk makan siang dan tidak mengetahui ada rapat tim pemenangan di lokasi yang sama."),
        ("ad",),
        ("p", "Sri Wahyuni menyebut Bawaslu akan menguji keterangan itu dengan keterangan saksi lain. Jika terbukti melanggar, rekomendasi akan diteruskan kepada Badan Kepegawaian Negara dan pejabat pembina kepegawaian."),
        ("p", "Ia juga mengingatkan seluruh camat dan lurah di Jawa Tengah untuk menghindari tempat dan acara yang berpotensi dikaitkan dengan kegiatan pasangan calon selama masa kampanye."),
        ("simak", "Simak video pilihan berikut ini:"),
        ("video", "Bawaslu Jateng Ingatkan Camat Jaga Netralitas"),
    ],
))

PAGES.append(dict(
    name="liputan6-regional-gorontalo-stiker-kendaraan-dinas",
    channel="regional",
    channel_title="Regional",
    meta={"jsonld"},
    title="Pj Wali Kota Gorontalo Minta ASN Tak Pasang Stiker Paslon di Kendaraan Dinas",
    author="Rizki Dwi Mokodompit",
    published="2024-11-01T10:05:00+08:00",
    updated="10:30",
    url="https://www.liputan6.com/regional/read/5777015/pj-wali-kota-gorontalo-minta-asn-tak-pasang-stiker-paslon-di-kendaraan-dinas",
    site="liputan6.com",
    photo="Ilustrasi kendaraan dinas pemerintah. (Liputan6.com/Rizki Dwi)",
    photo2="",
    tags=["Gorontalo", "Netralitas ASN", "Kendaraan Dinas"],
    related=["Bawaslu Gorontalo Temukan Alat Peraga Kampanye di Kantor Kelurahan"],
    popular=["Hiu Paus Kembali Muncul di Botubarani", "Harga Jagung Gorontalo Naik"],
    body=[
        ("p", "<strong>Liputan6.com, Gorontalo</strong> - Penjabat (Pj) Wali Kota Gorontalo, Ismail Pakaya Hulalata, meminta aparatur sipil negara (ASN) tidak memasang stiker pasangan calon di kendaraan dinas maupun kendaraan pribadi yang digunakan untuk bekerja."),
        ("p", "Imbauan itu disampaikan Ismail setelah menerima laporan adanya mobil dinas salah satu kelurahan yang terpasang stiker bergambar pasangan calon wali kota."),
        ("p", "\"Mobil dinas itu dibeli pakai uang rakyat, bukan untuk iklan calon. Stikernya sudah kami minta dicopot hari itu juga,\" kata Ismail, Jumat (1/11/2024)."),
        ("baca", "Bawaslu Gorontalo Temukan Alat Peraga Kampanye di Kantor Kelurahan"),
        ("p", "Ismail menambahkan, Inspektorat Kota Gorontalo sedang memeriksa lurah yang bertanggung jawab atas kendaraan tersebut. Ia meminta seluruh kepala perangkat daerah memeriksa kendaraan dinas di lingkungan kerja masing-masing."),
    ],
))
