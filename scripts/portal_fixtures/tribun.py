"""tribunnews.com pages (the national site and the regional subdomains)."""
from common import GOLD_KINDS, When, esc, gold_html, jsonld, text_of


def render(page):
    w = When(page["published"])
    meta = page["meta"]
    title = page["title"]
    brand = page["brand"]            # "Tribunjogja.com"
    host = page["url"].split("/")[2]
    img = f"https://cdn-2.tstatic.net/{brand.split('.')[0].lower()}/foto/bank/images/{w.y}{w.mm}{w.dd}-netralitas.jpg"
    head = ['<!DOCTYPE html>', '<html lang="id-ID">', '<head>',
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
            f'<title>{esc(title)} - {brand}</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{esc(text_of(page["body"][1][1])[:150])}">',
            f'<meta name="keywords" content="{esc(",".join(page["tags"]))}">',
            f'<meta name="news_keywords" content="{esc(",".join(page["tags"]))}">',
            '<meta name="robots" content="index, follow, max-image-preview:large">']
    if "site_author" in meta:
        head.append(f'<meta name="author" content="{page["site_author"]}">')
    if "content_author" in meta:
        head.append(f'<meta name="content_author" content="{esc(page["author"])}">')
    head += ['<meta property="og:type" content="article">',
             f'<meta property="og:site_name" content="{brand}">',
             f'<meta property="og:title" content="{esc(title)}">',
             f'<meta property="og:url" content="{page["url"]}">',
             f'<meta property="og:image" content="{img}">']
    if "published_time" in meta:
        head.append(f'<meta property="article:published_time" content="{page["published"]}">')
    head.append(f'<link rel="canonical" href="{page["url"]}">')
    head.append(f'<link rel="amphtml" href="{page["url"].replace(host, host + "/amp")}">')
    head.append('<link rel="stylesheet" href="https://www.tribunnews.com/asset/css/article.css?v=24.10">')
    head.append("""<script>
var _tribun = {"site":"%s","section":"%s","pageType":"article","tag":"%s"};
window.googletag = window.googletag || {cmd: []};
googletag.cmd.push(function() { googletag.defineSlot('/1017453/%s_Article', [[728, 90]], 'div-gpt-ad-top').addService(googletag.pubads()); googletag.enableServices(); });
</script>""" % (brand, page["section"], ",".join(page["tags"]), brand.split(".")[0]))
    if "jsonld" in meta:
        head.append(jsonld(page, publisher=brand, logo="https://www.tribunnews.com/asset/images/logo.png", section=page["section"], image=img,
                           extra={"keywords": page["tags"], "inLanguage": "id-ID"}))
    head.append('</head>')

    b = [f'<body class="bgwhite {page.get("bodyclass", "")}">',
         '<div id="header" class="header">',
         f'<div class="top"><div class="main"><a href="https://{host}" class="logo"><img src="https://www.tribunnews.com/asset/images/{brand.lower()}.png" alt="{brand}"></a>'
         '<div class="search"><form action="https://www.tribunnews.com/search"><input type="text" name="q" placeholder="Cari berita..."></form></div>'
         '<div class="login"><a href="https://account.tribunnews.com/login">Masuk</a></div></div></div>',
         '<div class="menu"><ul class="menu-list">' + "".join(
             f'<li><a href="https://{host}/{m.lower().replace(" ", "-")}">{m}</a></li>' for m in page["menu"]) + '</ul></div>',
         '</div>',
         '<div id="div-gpt-ad-top" class="ads-top ac"></div>',
         '<div class="main">',
         '<div class="content">',
         f'<div class="breadcrumb" itemscope><ol><li><a href="https://{host}">Home</a></li> <li><a href="https://{host}/{page["section"].lower()}">{page["section"]}</a></li></ol></div>',
         '<div id="article">',
         f'<h1 id="arttitle" class="f50 black2 f400 crimson">{esc(title)}</h1>',
         '<div class="credit mt10">',
         f'<div id="penulis" class="fl">Penulis: <a href="https://{host}/penulis/{page["author"].lower().replace(" ", "-")}" class="blue">{esc(page["author"])}</a></div>',
         f'<div id="editor" class="fl">Editor: <a href="#" class="blue">{esc(page["editor"])}</a></div>',
         '</div>',
         f'<div class="grey bdr3 pb10 pt10"><time><span>{w.day}, {w.d} {w.month} {w.y} {w.hm} {w.zone}</span></time></div>',
         '<div class="share-sticky"><span class="fbo">Bagikan:</span> <a class="sh-fb" href="#">Facebook</a> <a class="sh-tw" href="#">Twitter</a> '
         '<a class="sh-wa" href="#">WhatsApp</a> <a class="sh-ln" href="#">Line</a> <a class="sh-cp" href="#">Copy</a> <span class="komentar">Komentar</span></div>',
         '<div id="artimg"><div class="ovh imgfull_div">'
         f'<img src="{img}" alt="{esc(title)}" class="imgfull"></div>'
         f'<div class="arial f12 grey2 pt5">{esc(page["photo"])}</div></div>',
         '<div class="side-article txt-article multi-fontsize">']
    if page.get("laporan"):
        b.append(f'<p><strong>{page["laporan"]}</strong></p>')
    for item in page["body"]:
        kind = item[0]
        if kind in GOLD_KINDS:
            b.append(gold_html(item, quote_in_p=True))
        elif kind == "baca":
            heads = item[1] if isinstance(item[1], list) else [item[1]]
            for h in heads:
                href = f"https://{host}/{w.y}/{w.mm}/{w.dd}/" + "-".join(h.lower().replace(",", "").replace(":", "").split())
                b.append(f'<p class="baca"><strong>Baca juga: <a class="blue" href="{href}">{esc(h)}</a></strong></p>')
        elif kind == "ad":
            b.append('<div class="ads-mid ac"><div class="ads-label">ADVERTISEMENT</div><div id="div-gpt-ad-mid" style="min-height:250px"></div></div>')
        elif kind == "img":
            b.append(f'<div class="article-img"><img src="{img}" alt=""><div class="arial f12 grey2 pt5 ac">{esc(item[1])}</div></div>')
        elif kind == "simak":
            b.append(f"<p><strong>{esc(item[1])}</strong></p>")
    if page.get("signoff"):
        b.append(f"<p>{page['signoff']}</p>")
    if page.get("tayang"):
        b.append(f'<p>Artikel ini telah tayang di <a href="{page["tayang"][1]}">{page["tayang"][0]}</a> dengan judul {esc(page["tayang"][2])}, '
                 f'<a href="{page["tayang"][1]}">{page["tayang"][1]}</a>.</p>')
        b.append(f'<p>Penulis: {esc(page["tayang"][3])} | Editor: {esc(page["tayang"][4])}</p>')
    b.append('</div>')
    if page.get("paging"):
        nxt = page["url"] + "?page=2"
        b.append(f'<div class="paging"><span>Halaman 1/2</span> <a class="active" href="{page["url"]}">1</a> <a href="{nxt}">2</a> <a href="{nxt}" class="next">Selanjutnya</a></div>')
        b.append(f'<div class="pt10 pb10"><a href="{page["url"]}?page=all" class="blue">Tampilkan Semua</a></div>')
    b.append('<div class="tagcloud3 mt20"><h3>Tags:</h3>' + "".join(
        f'<a href="https://{host}/tag/{t.replace(" ", "-")}" class="rd2">{esc(t)}</a> ' for t in page["tags"]) + '</div>')
    b.append('<div class="mt20 follow-us"><span>Ikuti kami di</span> <a href="https://news.google.com">Google News</a> <a href="#">Instagram</a> <a href="#">TikTok</a></div>')
    b.append('<div class="mb20 mt20 related"><h3 class="related-title">Berita Terkait</h3><ul>' + "".join(
        f'<li><a href="https://{host}/{w.y}/{w.mm}/{w.dd}/{"-".join(r.lower().split())}" class="f16 fbo">{esc(r)}</a></li>' for r in page["related"]) + '</ul></div>')
    b.append('<div id="comment" class="comment-box"><h3>Komentar</h3><div class="fb-comments" data-href="%s" data-numposts="5">Write a Facebook Comment</div>'
             '<div class="ac grey f12">Komentar sepenuhnya menjadi tanggung jawab pembaca.</div></div>' % page["url"])
    b.append('</div>')
    b.append('</div>')
    b.append('<div class="sidebar"><div id="div-gpt-ad-right" class="ads-right"></div><div class="populer"><h3 class="title">Terpopuler</h3><ul>' + "".join(
        f'<li><span class="no">{k}</span><a href="#">{esc(r)}</a></li>' for k, r in enumerate(page["popular"], 1)) + '</ul></div>'
        '<div class="terkini"><h3 class="title">Berita Terkini</h3><ul>' + "".join(f'<li><a href="#">{esc(r)}</a><time>{k * 7} menit lalu</time></li>' for k, r in enumerate(page["latest"], 1)) + '</ul></div></div>')
    b.append('</div>')
    b.append(f'<div id="footer" class="footer"><div class="main"><div class="logo-footer">{brand}</div><ul class="footer-menu"><li><a href="#">Tentang Kami</a></li>'
             '<li><a href="#">Redaksi</a></li><li><a href="#">Info Iklan</a></li><li><a href="#">Pedoman Media Siber</a></li><li><a href="#">Kebijakan Privasi</a></li>'
             '<li><a href="#">Kode Etik</a></li></ul><p class="copyright">Copyright &copy; 2024 Tribunnews.com. All Rights Reserved. Network: '
             'TribunJateng - TribunJogja - TribunJambi - TribunMedan - TribunTimur - TribunKaltim</p></div></div>')
    b.append('<script src="https://www.tribunnews.com/asset/js/article.js?v=24.10"></script>')
    b.append('</body>\n</html>\n')
    return "\n".join(head + b)


PAGES = []

PAGES.append(dict(
    name="tribunjogja-bantul-lurah-kampanye",
    brand="Tribunjogja.com",
    section="Jogja",
    menu=["Home", "Jogja", "Bantul", "Sleman", "Kulon Progo", "Gunungkidul", "Pilkada 2024", "Bisnis", "Sport", "Video"],
    meta={"jsonld", "site_author"},
    site_author="Tribun Jogja",
    title="Dua Lurah di Bantul Dilaporkan Hadiri Kampanye Tertutup Paslon",
    author="Ardhi Nugroho Santoso",
    editor="Galuh Pramesti Wardani",
    published="2024-10-19T14:37:00+07:00",
    url="https://jogja.tribunnews.com/2024/10/19/dua-lurah-di-bantul-dilaporkan-hadiri-kampanye-tertutup-paslon",
    site="tribunnews.com",
    photo="TRIBUNJOGJA.COM/ARDHI NUGROHO Suasana kantor Bawaslu Bantul, Sabtu (19/10/2024).",
    laporan="Laporan Reporter Tribun Jogja, Ardhi Nugroho Santoso",
    signoff="(Tribunjogja.com/Ardhi)",
    tags=["Bantul", "lurah", "Bawaslu Bantul", "Pilkada Bantul 2024", "netralitas"],
    related=["Panewu di Bantul Diminta Awasi Lurah Selama Masa Kampanye", "Bawaslu DIY Petakan Kerawanan Netralitas Pamong Kalurahan",
             "Dua Paslon Bupati Bantul Adu Visi di Debat Kedua"],
    popular=["Jadwal KRL Jogja-Solo Hari Ini", "Cuaca DIY Hari Ini Berpotensi Hujan Lebat", "Gudeg Legendaris di Wijilan Buka Cabang Baru"],
    latest=["Harga Cabai Rawit di Pasar Beringharjo Turun", "Kecelakaan di Ring Road Utara, Satu Pengendara Luka"],
    body=[
        ("p", "<strong>TRIBUNJOGJA.COM, BANTUL</strong> - Dua lurah di Kabupaten Bantul, Daerah Istimewa Yogyakarta (DIY), dilaporkan ke Badan Pengawas Pemilu (Bawaslu) karena diduga menghadiri kampanye tertutup salah satu pasangan calon bupati dan wakil bupati."),
        ("p", "Kampanye tertutup itu berlangsung di sebuah rumah makan di Kapanewon Sewon pada Selasa (15/10/2024) malam. Pelapor menyertakan foto yang memperlihatkan kedua lurah duduk di barisan depan bersama tim pemenangan."),
        ("p", "Ketua Bawaslu Bantul, Nur Hidayati Rahmawati, membenarkan pihaknya telah menerima laporan tersebut. Laporan itu disampaikan oleh seorang warga pada Kamis (17/10/2024) dan kini sedang dalam tahap kajian awal."),
        ("p", "\"Syarat formil dan materiil laporan sudah kami periksa. Selanjutnya kami akan mengundang pelapor, terlapor, dan saksi untuk klarifikasi,\" kata Nur Hidayati saat ditemui di kantornya, Sabtu (19/10/2024)."),
        ("baca", "Panewu di Bantul Diminta Awasi Lurah Selama Masa Kampanye"),
        ("p", "Di DIY, lurah merupakan sebutan bagi kepala desa atau kepala kalurahan. Sebagai kepala desa, lurah terikat larangan ikut serta dalam kampanye sebagaimana diatur dalam Undang-Undang Desa dan Undang-Undang Pilkada."),
        ("p", "Nur Hidayati menjelaskan, kehadiran dalam kampanye saja belum tentu merupakan pelanggaran pidana. Namun, kehadiran itu tetap dapat dinilai sebagai pelanggaran netralitas yang berujung pada rekomendasi sanksi administratif kepada bupati."),
        ("ad",),
        ("p", "\"Kami perlu tahu dulu, mereka datang sebagai apa, berbicara atau tidak, dan apakah ada ajakan kepada warga. Semua akan kami dalami,\" ujarnya."),
        ("p", "Salah satu lurah yang dilaporkan, Sigit Prasetyo Utomo, saat dikonfirmasi mengaku datang karena diundang sebagai tokoh masyarakat. Ia menyebut tidak mengetahui bahwa acara tersebut merupakan kampanye pasangan calon."),
        ("p", "\"Undangannya silaturahmi. Begitu tahu ada paparan visi misi calon, saya pamit lebih dulu,\" kata Sigit."),
        ("baca", "Bawaslu DIY Petakan Kerawanan Netralitas Pamong Kalurahan"),
        ("p", "Bawaslu Bantul mengimbau seluruh lurah dan pamong kalurahan lebih berhati-hati dalam menerima undangan selama masa kampanye. Menurut Nur Hidayati, lurah sebaiknya memastikan lebih dulu isi acara sebelum memutuskan hadir."),
        ("p", "Bawaslu Bantul mencatat, sejak awal masa kampanye pihaknya telah menerima empat laporan dugaan pelanggaran netralitas. Dua di antaranya melibatkan lurah, sedangkan dua lainnya melibatkan ASN di lingkungan Pemkab Bantul."),
    ],
))

PAGES.append(dict(
    name="tribunnews-regional-merangin-kadis",
    brand="Tribunnews.com",
    section="Regional",
    menu=["Home", "News", "Nasional", "Regional", "Internasional", "Bisnis", "Seleb", "Sport", "Pilkada 2024", "Video"],
    meta={"content_author", "published_time", "site_author"},
    site_author="Tribunnews.com",
    title="Pj Bupati Merangin Ancam Copot Kepala Dinas yang Mobilisasi ASN",
    author="Hendri Saputra Lubis",
    editor="Wahyu Aji Pamungkas",
    published="2024-09-24T21:05:00+07:00",
    url="https://www.tribunnews.com/regional/2024/09/24/pj-bupati-merangin-ancam-copot-kepala-dinas-yang-mobilisasi-asn",
    site="tribunnews.com",
    photo="TRIBUNJAMBI.COM/HENDRI SAPUTRA Pj Bupati Merangin saat memimpin apel gabungan di Bangko.",
    tayang=("TribunJambi.com", "https://jambi.tribunnews.com/2024/09/24/pj-bupati-merangin-ancam-copot-kepala-dinas-yang-mobilisasi-asn",
            "Pj Bupati Merangin Ancam Copot Kepala Dinas yang Mobilisasi ASN", "Hendri Saputra Lubis", "Rahmat Hidayat Nasution"),
    tags=["Merangin", "Jambi", "netralitas ASN", "Pilkada 2024"],
    related=["KPU Merangin Tetapkan Tiga Pasangan Calon Bupati", "Bawaslu Jambi Bentuk Posko Aduan Netralitas di 11 Kabupaten"],
    popular=["Gempa Magnitudo 5,1 Guncang Sumatera Barat", "Daftar Harga BBM Pertamina Terbaru", "Timnas U-20 Uji Coba Lawan Jepang"],
    latest=["Polisi Tangkap Pelaku Curanmor di Jambi", "Sungai Batanghari Meluap, Warga Mengungsi"],
    body=[
        ("p", "<strong>TRIBUNNEWS.COM, MERANGIN</strong> - Penjabat (Pj) Bupati Merangin, Jambi, Syahrial Effendi Munthe, mengancam mencopot kepala dinas yang terbukti memobilisasi aparatur sipil negara (ASN) untuk mendukung pasangan calon tertentu pada Pilkada 2024."),
        ("p", "Ancaman itu disampaikan Syahrial dalam apel gabungan ASN di halaman Kantor Bupati Merangin, Bangko, Selasa (24/9/2024), sehari menjelang dimulainya masa kampanye."),
        ("p", "Syahrial mengaku menerima informasi adanya pertemuan sejumlah pejabat eselon dengan tim pemenangan salah satu bakal calon. Ia tidak menyebut nama pejabat yang dimaksud, tetapi memastikan informasi itu sedang ditelusuri Inspektorat."),
        ("p", "\"Saya tidak mau dengar lagi ada kepala dinas kumpulkan staf lalu titip pesan soal calon. Kalau terbukti, saya copot, tidak pakai lama,\" tegas Syahrial di hadapan sekitar 1.200 ASN."),
        ("baca", "Bawaslu Jambi Bentuk Posko Aduan Netralitas di 11 Kabupaten"),
        ("p", "Ia menegaskan, ASN memiliki hak pilih, tetapi hak itu hanya digunakan di bilik suara. Di luar itu, ASN dilarang menunjukkan keberpihakan, baik secara langsung maupun melalui media sosial."),
        ("p", "Syahrial juga meminta ASN yang mendapat tekanan dari atasan untuk melapor langsung kepadanya atau ke Bawaslu Merangin. Ia menjamin pelapor tidak akan dimutasi atau dirugikan kariernya."),
        ("ad",),
        ("p", "Ketua Bawaslu Merangin, Fitri Yanti Harahap, menyambut baik sikap Pj Bupati. Menurut Fitri, mobilisasi ASN oleh atasan merupakan bentuk pelanggaran netralitas yang paling sulit diungkap karena korban enggan bersuara."),
        ("p", "\"Biasanya yang di bawah takut. Makanya jaminan dari pimpinan daerah seperti ini penting sekali,\" ujar Fitri."),
    ],
))

PAGES.append(dict(
    name="tribunmedan-simalungun-dandim-prajurit",
    brand="Tribun-medan.com",
    section="Medan",
    menu=["Home", "Medan", "Sumut", "Simalungun", "Pematangsiantar", "Pilkada Sumut", "Bisnis", "Sport"],
    meta={"content_author", "published_time", "jsonld"},
    title="Dandim Simalungun: Prajurit yang Unggah Dukungan ke Paslon Akan Ditindak",
    author="Jefri Hotman Sirait",
    editor="Maruli Tua Simanjuntak",
    published="2024-10-03T10:18:00+07:00",
    url="https://medan.tribunnews.com/2024/10/03/dandim-simalungun-prajurit-yang-unggah-dukungan-ke-paslon-akan-ditindak",
    site="tribunnews.com",
    photo="TRIBUN-MEDAN.COM/JEFRI HOTMAN SIRAIT Dandim 0207/Simalungun memberikan pengarahan kepada prajurit di Makodim, Kamis (3/10/2024).",
    laporan="Laporan Wartawan Tribun-Medan.com, Jefri Hotman Sirait",
    paging=True,
    tags=["Simalungun", "netralitas TNI", "Kodim 0207", "Pilkada Sumut"],
    related=["Pangdam I/BB Ingatkan Prajurit dan Keluarga Jaga Netralitas", "Bawaslu Simalungun Awasi Pangulu Selama Masa Kampanye"],
    popular=["Danau Toba Dipadati Wisatawan Saat Libur Panjang", "Harga Sawit di Sumut Naik Pekan Ini"],
    latest=["Pemko Pematangsiantar Perbaiki Jalan Rusak di Siantar Marihat"],
    body=[
        ("p", "<strong>TRIBUN-MEDAN.COM, SIMALUNGUN</strong> - Komandan Kodim 0207/Simalungun, Letkol Inf Benny Hasiholan Purba, menegaskan akan menindak tegas prajurit yang mengunggah dukungan kepada pasangan calon di media sosial selama Pilkada 2024."),
        ("p", "Penegasan itu disampaikan Benny saat memberikan pengarahan kepada prajurit dan Persit Kartika Chandra Kirana di aula Makodim 0207/Simalungun, Kamis (3/10/2024)."),
        ("p", "Benny mengatakan, sesuai Undang-Undang TNI, prajurit tidak memiliki hak pilih dan dilarang terlibat dalam politik praktis. Larangan itu juga mencakup aktivitas di media sosial, termasuk menyukai atau membagikan unggahan pasangan calon."),
        ("p", "\"Prajurit itu tidak punya hak pilih. Jadi untuk apa ikut-ikutan mendukung? Kalau ada yang unggah, akan saya proses sesuai hukum militer,\" tegas Benny."),
        ("baca", "Pangdam I/BB Ingatkan Prajurit dan Keluarga Jaga Netralitas"),
        ("p", "Benny juga meminta istri prajurit berhati-hati dalam bermedia sosial. Meski memiliki hak pilih, keluarga prajurit diminta tidak memamerkan dukungan secara terbuka karena dapat menimbulkan kesan bahwa satuan TNI berpihak."),
        ("p", "Menurut Benny, Kodim 0207/Simalungun telah membentuk tim pemantau media sosial yang bertugas memeriksa akun para prajurit secara berkala hingga hari pemungutan suara."),
        ("ad",),
        ("p", "Selain itu, para Babinsa diminta tetap menjalankan tugas pembinaan teritorial tanpa terlibat dalam kegiatan pasangan calon. Babinsa hanya boleh hadir di acara kampanye apabila mendapat perintah untuk membantu pengamanan."),
    ],
))

PAGES.append(dict(
    name="tribuntimur-bone-honorer-dikumpulkan",
    brand="Tribun-Timur.com",
    section="Makassar",
    menu=["Home", "Makassar", "Sulsel", "Bone", "Gowa", "Maros", "Pilkada Sulsel", "Bisnis", "Sport", "Video"],
    meta={"jsonld"},
    title="Honorer di Bone Mengaku Dikumpulkan Oknum Pejabat untuk Dukung Calon",
    author="Nurul Hidayah Amir",
    editor="Syamsul Bahri Daeng Ngemba",
    published="2024-11-07T16:52:00+08:00",
    url="https://makassar.tribunnews.com/2024/11/07/honorer-di-bone-mengaku-dikumpulkan-oknum-pejabat-untuk-dukung-calon",
    site="tribunnews.com",
    photo="TRIBUN-TIMUR.COM/NURUL HIDAYAH Ilustrasi tenaga honorer di lingkungan Pemkab Bone.",
    laporan="Laporan Wartawan Tribun-Timur.com, Nurul Hidayah Amir",
    signoff="(Tribun-Timur.com/Nurul)",
    tags=["Bone", "honorer", "netralitas", "Pilkada Bone 2024", "Bawaslu Bone"],
    related=["Bawaslu Sulsel Minta Pemda Lindungi Honorer dari Tekanan Politik", "Pj Bupati Bone Bantah Ada Instruksi Dukung Calon",
             "KPU Bone Mulai Distribusikan Surat Suara ke Kecamatan"],
    popular=["Pantai Losari Ditutup Sementara untuk Perbaikan", "Harga Gabah di Bone Naik Jelang Panen Raya", "PSM Makassar Menang Tipis atas Persebaya"],
    latest=["Kebakaran Rumah Panggung di Watampone", "Jalan Poros Bone-Sinjai Longsor"],
    body=[
        ("p", "<strong>TRIBUN-TIMUR.COM, WATAMPONE</strong> - Sejumlah tenaga honorer di lingkungan Pemerintah Kabupaten Bone, Sulawesi Selatan, mengaku dikumpulkan oleh oknum pejabat dan diminta mendukung salah satu pasangan calon bupati pada Pilkada 2024."),
        ("p", "Pertemuan itu disebut berlangsung di sebuah rumah di Kecamatan Tanete Riattang pada akhir Oktober lalu. Sedikitnya 40 tenaga honorer dari beberapa organisasi perangkat daerah hadir dalam pertemuan tersebut."),
        ("p", "Seorang honorer yang hadir, sebut saja Rina, menceritakan bahwa mereka diundang melalui pesan berantai di grup WhatsApp kantor. Undangan itu menyebut ada pengarahan penting terkait kelanjutan kontrak kerja tahun depan."),
        ("p", "\"Kami kira soal perpanjangan kontrak. Ternyata yang dibahas soal calon, kami diminta ajak keluarga memilih nomor urut tertentu,\" kata Rina kepada Tribun-Timur.com, Kamis (7/11/2024)."),
        ("p", "Menurut Rina, dalam pertemuan itu para honorer juga diminta menyerahkan fotokopi kartu keluarga. Alasannya, data tersebut akan digunakan untuk memastikan jumlah suara yang bisa digalang setiap honorer."),
        ("baca", ["Bawaslu Sulsel Minta Pemda Lindungi Honorer dari Tekanan Politik",
                  "Pj Bupati Bone Bantah Ada Instruksi Dukung Calon"]),
        ("h2", "Takut Kontrak Tak Diperpanjang"),
        ("p", "Rina mengaku tidak berani menolak secara terang-terangan. Ia khawatir kontraknya tidak diperpanjang jika dianggap tidak mendukung calon yang disebut dalam pertemuan itu."),
        ("p", "\"Kami ini cuma honorer, gaji tidak seberapa. Kalau diputus, mau kerja di mana lagi,\" ujarnya."),
        ("p", "Kisah serupa disampaikan seorang honorer lain yang bertugas di sebuah puskesmas. Ia menyebut atasannya beberapa kali menyinggung soal pilihan politik saat rapat internal, meski tidak pernah menyebut nama calon secara langsung."),
        ("ad",),
        ("p", "Pengamat kebijakan publik Universitas Hasanuddin, Andi Tenri Sompa, menilai tenaga honorer berada pada posisi paling rentan dalam pusaran politik lokal. Status kerja yang tidak pasti membuat mereka mudah ditekan."),
        ("p", "\"Honorer tidak punya perlindungan yang sama dengan PNS. Tekanan sekecil apa pun bisa sangat efektif. Itu sebabnya praktik seperti ini terus berulang setiap pilkada,\" kata Andi Tenri."),
        ("h2", "Bawaslu Telusuri Laporan"),
        ("p", "Ketua Bawaslu Bone, Muhammad Arfah Lapatau, mengatakan pihaknya telah mendengar informasi mengenai pengumpulan honorer tersebut. Bawaslu kini sedang menelusuri kebenaran informasi itu sebagai temuan pengawasan."),
        ("p", "\"Kami tidak menunggu laporan. Jajaran panwascam sudah kami perintahkan mengumpulkan keterangan dan bukti,\" kata Arfah."),
        ("p", "Arfah menjelaskan, jika terbukti ada pejabat ASN yang mengumpulkan honorer untuk kepentingan pasangan calon, pejabat tersebut dapat dijerat pelanggaran netralitas sekaligus dugaan pidana pemilihan. Ia meminta para honorer yang mengalami tekanan tidak ragu melapor."),
        ("p", "\"Identitas pelapor kami rahasiakan. Honorer juga berhak bekerja dengan tenang tanpa harus memikirkan pilihan politik atasannya,\" tuturnya."),
        ("p", "Sementara itu, Sekretaris Daerah Kabupaten Bone, Andi Muhammad Saleh Pawelloi, membantah ada instruksi dari pemerintah daerah untuk mengarahkan honorer. Ia mempersilakan Bawaslu memproses jika ada pejabat yang bertindak atas nama pribadi."),
        ("p", "\"Tidak ada perintah dari pimpinan. Kalau ada oknum, silakan diproses, kami tidak akan melindungi,\" kata Andi Muhammad Saleh."),
    ],
))
