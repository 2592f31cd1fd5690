"""kompas.com pages (regional, nasional, surabaya channels)."""
from common import GOLD_KINDS, When, esc, gold_html, jsonld, text_of

WA = ('Simak breaking news dan berita pilihan kita langsung di ponselmu. Pilih saluran andalanmu akses berita '
      'Kompas.com WhatsApp Channel : <a href="https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D">'
      'https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D</a>. Pastikan kamu sudah install aplikasi WhatsApp ya.')
TG = ('Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram '
      '"Kompas.com News Update", caranya klik link <a href="https://t.me/kompascomupdate">https://t.me/kompascomupdate</a>, '
      'kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.')


def render(page):
    w = When(page["published"])
    meta = page["meta"]
    title = page["title"]
    channel = page["channel"]
    img = f"https://asset.kompas.com/crops/{page['url'][-12:-4]}/0x0:1000x667/750x500/data/photo/{w.y}/{w.mm}/{w.dd}/foto.jpg"
    head = ['<!DOCTYPE html>', '<html lang="id">', '<head>', '<meta charset="UTF-8">',
            f'<title>{esc(title)} Halaman all - Kompas.com</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{esc(text_of(page["body"][0][1])[:160])}">',
            '<meta name="robots" content="index,follow">',
            '<meta name="googlebot-news" content="index,follow">',
            '<meta name="author" content="Kompas Cyber Media">',
            f'<meta name="content_category" content="{channel}">',
            f'<meta name="content_PublishedDate" content="{w.y}-{w.mm}-{w.dd} {w.hms}">',
            f'<meta name="content_editor" content="{esc(page["editor"])}">']
    if "content_author" in meta:
        head.append(f'<meta name="content_author" content="{esc(page["author"])}">')
    head += ['<meta property="og:type" content="article">',
             '<meta property="og:site_name" content="KOMPAS.com">',
             f'<meta property="og:title" content="{esc(title)}">',
             f'<meta property="og:url" content="{page["url"]}">',
             f'<meta property="og:image" content="{img}">',
             '<meta name="twitter:site" content="@kompascom">']
    if "published_time" in meta:
        head.append(f'<meta property="article:published_time" content="{page["published"]}">')
    head.append(f'<link rel="canonical" href="{page["url"]}">')
    head.append('<link rel="stylesheet" href="https://asset.kompas.com/data/2024/wp/css/read.min.css?v=3.9.2">')
    head.append("""<script>
var kgDataLayer = {"content_category":"%s","content_type":"Article","content_PublishedDate":"%s-%s-%s %s","content_tag":"%s"};
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-XXXX');
</script>""" % (channel, w.y, w.mm, w.dd, w.hms, ",".join(page["tags"])))
    if "jsonld" in meta:
        head.append(jsonld(page, publisher="Kompas.com", logo="https://asset.kompas.com/data/2024/wp/images/logokompascom.png",
                           section=channel, image=img))
    head.append('</head>')

    b = ['<body class="read">',
         '<div id="cookie-notice" class="cookie-consent"><p>Kompas.com menggunakan cookie untuk memberikan pengalaman terbaik. '
         'Dengan melanjutkan, Anda menyetujui <a href="https://www.kompas.com/cookie-policy">Kebijakan Cookie</a> kami.</p>'
         '<a class="cookie-consent__btn" href="#">Setuju</a></div>',
         '<div class="ads-kompas ads-billboard" id="div-gpt-ad-billboard"></div>',
         '<div class="header"><div class="container"><div class="header__logo"><a href="https://www.kompas.com"><img src="https://asset.kompas.com/data/2024/wp/images/logokompascom.png" alt="Kompas.com"></a></div>',
         '<div class="header__search"><form action="https://search.kompas.com/search/"><input type="text" name="q" placeholder="Cari di Kompas.com"></form></div>',
         '<div class="header__account"><a href="https://account.kompas.com/login">Masuk</a> <a href="https://kgplus.kompas.com">KG Media+</a></div></div></div>',
         '<div class="nav"><div class="container"><ul class="nav__wrap">' + "".join(
             f'<li class="nav__item"><a class="nav__link" href="https://{x.lower()}.kompas.com">{x}</a></li>'
             for x in ["News", "Nasional", "Regional", "Megapolitan", "Global", "Tren", "Health", "Money", "Tekno", "Bola", "Otomotif", "Lifestyle", "Edukasi", "Properti", "Travel", "Pemilu"]) + '</ul></div></div>',
         '<div class="container clearfix"><div class="row mt2 col-offset-fluid clearfix">',
         '<div class="col-bs10-10">',
         f'<div class="breadcrumb clearfix"><ul class="breadcrumb__wrap"><li class="breadcrumb__item"><a class="breadcrumb__link" href="https://www.kompas.com"><span>Home</span></a></li>'
         f'<li class="breadcrumb__item"><a class="breadcrumb__link" href="https://{channel.lower()}.kompas.com"><span>{channel}</span></a></li>'
         f'<li class="breadcrumb__item"><a class="breadcrumb__link" href="#"><span>Pilkada 2024</span></a></li></ul></div>',
         f'<h1 class="read__title">{esc(title)}</h1>',
         '</div>',
         '<div class="col-bs10-7">',
         '<div class="read__header col-offset-fluid clearfix">',
         f'<div class="read__time">Kompas.com - {w.dd}/{w.mm}/{w.y}, {w.hm} {w.zone}</div>',
         '<div class="social--inline"><div class="social--inline__wrap"><a class="social__item facebook" href="#">Facebook</a> '
         '<a class="social__item twitter" href="#">Twitter</a> <a class="social__item whatsapp" href="#">WhatsApp</a> '
         '<a class="social__item line" href="#">Line</a> <a class="social__item copy" href="#">Salin Link</a></div></div>',
         '</div>',
         '<div class="photo"><div class="photo__wrap"><img src="%s" alt="%s"></div>' % (img, esc(title)),
         '<div class="photo__icon"><a href="#" class="js-lightbox">Lihat Foto</a></div>',
         f'<div class="photo__caption">{esc(page["photo"])}</div></div>',
         '<div class="read__credit clearfix">',
         f'<div class="read__credit__item" id="penulis"><div class="credit-title-name"><h6>Penulis</h6> <a href="https://www.kompas.com/?penulis={page["author"].replace(" ", "+")}">{esc(page["author"])}</a></div></div>',
         f'<div class="read__credit__item" id="editor"><div class="credit-title-name"><h6>Editor</h6> <a href="#">{esc(page["editor"])}</a></div></div>',
         '</div>',
         '<div class="read__article mt2 clearfix js-tower-sticky-parent">',
         '<div class="col-bs9-7">',
         '<div class="read__content"><div class="clearfix">']
    for item in page["body"]:
        kind = item[0]
        if kind in GOLD_KINDS:
            b.append(gold_html(item))
        elif kind == "baca":
            heads = item[1] if isinstance(item[1], list) else [item[1]]
            for h in heads:
                href = f"https://{channel.lower()}.kompas.com/read/{w.y}/{w.mm}/{w.dd}/1{len(h)}0{len(h)}1/" + "-".join(h.lower().replace(",", "").replace(":", "").split())
                b.append(f'<p><strong>Baca juga: <a href="{href}" class="inner-link-baca-juga" target="_self">{esc(h)}</a></strong></p>')
        elif kind == "ad":
            b.append('<div class="ads-on-body"><div class="ads-partner-wrap"><div id="div-gpt-ad-inarticle" class="ads-inarticle"></div></div>'
                     '<div class="ads-on-body-label">Advertisement</div></div>')
        elif kind == "img":
            b.append(f'<div class="photo photo--inline"><div class="photo__wrap"><img src="{img}" alt=""></div>'
                     f'<div class="photo__icon"><a href="#">Lihat Foto</a></div><div class="photo__caption">{esc(item[1])}</div></div>')
        elif kind == "simak":
            b.append(f"<p><strong>{esc(item[1])}</strong></p>")
    b.append(f"<p><strong><em>{WA}</em></strong></p>")
    if page.get("telegram"):
        b.append(f"<p><em>{TG}</em></p>")
    b.append('</div></div>')
    if page.get("paging"):
        nxt = page["url"] + "?page=2"
        b.append(f'<div class="read__paging clearfix"><div class="paging paging--article">Halaman: <a class="paging__link paging__link--active" href="{page["url"]}">1</a> '
                 f'<a class="paging__link" href="{nxt}">2</a> <a class="paging__link paging__link--next" href="{nxt}">Selanjutnya</a> '
                 f'<a class="paging__link paging__link--show" href="{page["url"]}?page=all">Tampilkan Semua</a></div></div>')
    b.append('<div class="tag clearfix"><h3 class="tag__title">Tag</h3><ul class="tag__article__wrap">' + "".join(
        f'<li class="tag__article__item"><a class="tag__article__link" href="https://www.kompas.com/tag/{t.replace(" ", "-")}">{esc(t)}</a></li>' for t in page["tags"]) + '</ul></div>')
    b.append('<div class="read__bottom"><div class="social--inline"><span>Bagikan artikel ini melalui</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div></div>')
    b.append('<div class="comment clearfix" id="comment"><div class="comment__title">Komentar</div>'
             '<div class="comment__read__text">Berkomentarlah secara bijaksana dan bertanggung jawab. Komentar sepenuhnya menjadi tanggung jawab komentator seperti diatur dalam UU ITE.</div>'
             '<div class="comment__form"><a href="https://account.kompas.com/login">Login untuk berkomentar</a></div></div>')
    b.append('</div>')
    b.append('<div class="col-bs9-2"><div class="most__wrap"><div class="title__most"><h2>Terpopuler</h2></div><div class="most__list">' + "".join(
        f'<div class="most__item"><div class="most__count">{k}</div><h4 class="most__title"><a class="most__link" href="#">{esc(r)}</a></h4><div class="most__read">{400 * k} dibaca</div></div>'
        for k, r in enumerate(page["popular"], 1)) + '</div></div></div>')
    b.append('</div>')
    b.append('<div class="related clearfix"><div class="related__title"><h2>Berita Terkait</h2></div><div class="related__list">' + "".join(
        f'<div class="related__item"><a class="related__link" href="#"><h4 class="related__item__title">{esc(r)}</h4></a></div>' for r in page["related"]) + '</div></div>')
    b.append('<div class="latest ga--latest mt2 clearfix"><div class="title__wrap"><h3 class="title">Baca berikutnya</h3></div>' + "".join(
        f'<div class="article__list clearfix"><div class="article__list__title"><h3 class="article__title"><a class="article__link" href="#">{esc(r)}</a></h3></div><div class="article__date">{w.dd}/{w.mm}/{w.y}</div></div>'
        for r in page["next"]) + '</div>')
    b.append('</div>')
    b.append('<div class="col-bs10-3"><div class="sidebar"><div class="ads-kompas ads-sidebar" id="div-gpt-ad-sidebar"></div>'
             '<div class="trending"><h3 class="trending__title">Trending</h3><ul>' + "".join(f'<li><a href="#">#{t.replace(" ", "")}</a></li>' for t in page["tags"]) + '</ul></div></div></div>')
    b.append('</div></div>')
    b.append('<div class="footer"><div class="container"><div class="footer__logo">KOMPAS.com</div><ul class="footer__menu">'
             '<li><a href="#">About Us</a></li><li><a href="#">Advertise</a></li><li><a href="#">Kebijakan Data Pribadi</a></li><li><a href="#">Pedoman Media Siber</a></li>'
             '<li><a href="#">Career</a></li><li><a href="#">Contact Us</a></li></ul>'
             '<div class="footer__copyright">Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.</div></div></div>')
    b.append('<script src="https://asset.kompas.com/data/2024/wp/js/read.min.js?v=3.9.2"></script>')
    b.append('</body>\n</html>\n')
    return "\n".join(head + b)


PAGES = []

PAGES.append(dict(
    name="kompas-regional-lebak-guru-honorer",
    channel="Regional",
    meta={"content_author"},
    title="Pj Bupati Lebak Terbitkan Surat Edaran, Guru Honorer Dilarang Jadi Tim Kampanye",
    author="Dedi Kurniawan Syarif",
    editor="Reni Susanti Wulandari",
    published="2024-09-05T08:15:00+07:00",
    url="https://regional.kompas.com/read/2024/09/05/081500078/pj-bupati-lebak-terbitkan-surat-edaran-guru-honorer-dilarang-jadi-tim-kampanye",
    site="kompas.com",
    photo="KOMPAS.com/DEDI KURNIAWAN SYARIF Pj Bupati Lebak memberikan arahan kepada kepala sekolah di Pendopo Rangkasbitung, Rabu (4/9/2024).",
    tags=["Lebak", "netralitas ASN", "guru honorer", "Pilkada Lebak 2024", "Banten"],
    related=["Bawaslu Banten Petakan Titik Rawan Netralitas ASN di Pilkada",
             "Ratusan Kepala Desa di Lebak Ikuti Sosialisasi Netralitas"],
    next=["Dua Calon Bupati Lebak Adu Program Pendidikan di Debat Publik", "Jalan Rusak di Cibeber Diperbaiki Jelang Musim Hujan"],
    popular=["Harga Emas Antam Hari Ini Naik Rp 5.000", "Tol Serang-Panimbang Seksi III Ditargetkan Rampung 2025",
             "Banjir Bandang Terjang Dua Kecamatan di Lebak"],
    telegram=True,
    body=[
        ("p", "<strong>LEBAK, KOMPAS.com</strong> - Penjabat (Pj) Bupati Lebak, Banten, Ujang Kurnia Wijaya, menerbitkan surat edaran yang melarang guru honorer dan tenaga pendidik non-ASN terlibat dalam tim kampanye pasangan calon Pilkada 2024."),
        ("p", "Surat edaran tersebut ditujukan kepada seluruh kepala sekolah negeri, mulai dari tingkat sekolah dasar hingga sekolah menengah pertama, di 28 kecamatan di Kabupaten Lebak."),
        ("p", "Ujang mengatakan, selama ini aturan netralitas lebih banyak disosialisasikan kepada pegawai negeri sipil. Padahal, jumlah guru honorer di Lebak lebih dari separuh total tenaga pengajar di sekolah negeri."),
        ("p", "\"Guru honorer itu digaji dari dana BOS, artinya dari uang negara. Mereka juga berdiri di depan murid setiap hari, jadi harus sama netralnya dengan guru PNS,\" kata Ujang saat ditemui di Pendopo Rangkasbitung, Rabu (4/9/2024)."),
        ("baca", "Bawaslu Banten Petakan Titik Rawan Netralitas ASN di Pilkada"),
        ("p", "Dalam surat edaran itu, guru honorer dilarang menjadi anggota tim kampanye, memasang alat peraga kampanye di lingkungan sekolah, serta mengajak siswa maupun orangtua siswa mendukung pasangan calon tertentu."),
        ("p", "Kepala sekolah diminta melaporkan apabila ada guru honorer yang kedapatan melanggar. Guru yang terbukti melanggar dapat diberhentikan dari tugas mengajar di sekolah negeri."),
        ("ad",),
        ("p", "Menurut Ujang, kebijakan itu lahir setelah Pemkab Lebak menerima sejumlah aduan dari orangtua murid. Mereka mengeluhkan adanya guru yang membagikan kalender bergambar salah satu bakal calon kepada siswa pada Agustus lalu."),
        ("img", "KOMPAS.com/DEDI KURNIAWAN SYARIF Suasana sosialisasi netralitas bagi guru di Rangkasbitung."),
        ("p", "Ketua Bawaslu Kabupaten Lebak, Enong Suryana Hasbi, menyambut baik surat edaran tersebut. Menurut Enong, guru honorer memang tidak terikat Undang-Undang ASN, tetapi sekolah negeri merupakan fasilitas pemerintah yang dilarang digunakan untuk kampanye."),
        ("p", "\"Yang kami awasi bukan hanya orangnya, tapi juga tempatnya. Sekolah, puskesmas, kantor desa, itu semua tidak boleh jadi tempat kampanye,\" ujar Enong."),
        ("baca", "Ratusan Kepala Desa di Lebak Ikuti Sosialisasi Netralitas"),
        ("p", "Enong menambahkan, Bawaslu Lebak akan menggandeng dinas pendidikan untuk menyosialisasikan larangan itu melalui kelompok kerja guru di setiap kecamatan."),
        ("p", "Sementara itu, seorang guru honorer di Kecamatan Cipanas, Lilis Nurhayati, mengaku lega dengan terbitnya surat edaran tersebut. Ia mengatakan, menjelang pilkada kerap ada pihak yang mendekati guru untuk menjadi relawan."),
        ("p", "\"Sekarang kami punya pegangan untuk menolak. Tinggal bilang saja ada surat edaran dari bupati,\" kata Lilis."),
    ],
))

PAGES.append(dict(
    name="kompas-nasional-bawaslu-kerawanan-petahana",
    channel="Nasional",
    meta={"content_author", "jsonld"},
    title="Bawaslu: Kerawanan Netralitas Aparat Tertinggi di Daerah dengan Petahana",
    author="Dian Ayu Kartikasari",
    editor="Bagus Santosa Nugroho",
    published="2024-08-28T15:31:00+07:00",
    url="https://nasional.kompas.com/read/2024/08/28/15310011/bawaslu-kerawanan-netralitas-aparat-tertinggi-di-daerah-dengan-petahana",
    site="kompas.com",
    photo="KOMPAS.com/DIAN AYU KARTIKASARI Anggota Bawaslu RI memaparkan pemetaan kerawanan Pilkada 2024 di Jakarta, Rabu (28/8/2024).",
    tags=["Bawaslu", "netralitas ASN", "Pilkada 2024", "petahana", "indeks kerawanan pemilu"],
    related=["KPU Buka Pendaftaran Calon Kepala Daerah Hari Ini",
             "Mendagri Minta Pj Kepala Daerah Tak Ikut Cawe-cawe di Pilkada",
             "Ini Daftar Daerah yang Hanya Punya Calon Tunggal"],
    next=["Survei: Mayoritas Pemilih Muda Belum Kenal Calon Kepala Daerah", "DPR Minta KPU Perketat Verifikasi Dukungan Calon Perseorangan"],
    popular=["Link Cek Penerima Bansos September 2024", "Jadwal Lengkap Pilkada Serentak 2024", "Gaji ke-13 PNS Cair, Ini Rinciannya"],
    body=[
        ("p", "<strong>JAKARTA, KOMPAS.com</strong> - Badan Pengawas Pemilu (Bawaslu) menyebut kerawanan pelanggaran netralitas aparatur sipil negara (ASN), anggota TNI-Polri, dan kepala desa paling tinggi terjadi di daerah yang kepala daerah petahananya kembali mencalonkan diri dalam Pilkada 2024."),
        ("p", "Hal itu disampaikan anggota Bawaslu RI, Hendra Kurniawan Siregar, saat memaparkan pemetaan kerawanan pemilihan di kantor Bawaslu, Jakarta Pusat, Rabu (28/8/2024)."),
        ("p", "\"Di daerah dengan petahana, relasi antara calon dan birokrasi sudah terbangun bertahun-tahun. Kepala dinas, camat, sampai kepala desa merasa berutang budi atau justru khawatir kariernya terganggu kalau tidak ikut mendukung,\" kata Hendra."),
        ("p", "Menurut Hendra, pemetaan tersebut disusun berdasarkan data pelanggaran pada Pilkada 2020, hasil pengawasan selama tahapan Pemilu 2024, serta masukan dari Bawaslu provinsi dan kabupaten/kota."),
        ("baca", "Mendagri Minta Pj Kepala Daerah Tak Ikut Cawe-cawe di Pilkada"),
        ("h2", "Empat pola kerawanan"),
        ("p", "Bawaslu mengidentifikasi empat pola yang paling sering muncul dalam pelanggaran netralitas aparat di daerah. Pola-pola itu, kata Hendra, saling berkaitan dan kerap terjadi bersamaan."),
        ("ul", ["Mobilisasi ASN melalui rapat kedinasan, apel, atau kegiatan resmi yang disisipi pesan dukungan kepada calon tertentu.",
                "Penggunaan program dan anggaran pemerintah daerah, seperti bantuan sosial dan hibah, untuk kepentingan pencitraan calon.",
                "Keterlibatan kepala desa dalam menggalang dukungan warga, termasuk melalui perangkat desa dan pendamping program.",
                "Unggahan dan interaksi di media sosial yang menunjukkan keberpihakan ASN kepada pasangan calon."]),
        ("p", "Dari keempat pola itu, penggunaan program pemerintah dinilai paling sulit dibuktikan. Sebab, kegiatan tersebut biasanya dibungkus dengan agenda resmi dan tidak menyebut nama calon secara langsung."),
        ("p", "\"Bantuan dibagikan oleh dinas, tapi kemasannya berwarna sama dengan warna calon. Atau penyerahannya dihadiri petahana yang statusnya sedang cuti kampanye. Ini yang harus kita cermati,\" ujar Hendra."),
        ("ad",),
        ("h2", "Petahana wajib cuti"),
        ("p", "Hendra mengingatkan, kepala daerah petahana yang kembali mencalonkan diri wajib menjalani cuti di luar tanggungan negara selama masa kampanye. Selama cuti, petahana dilarang menggunakan fasilitas yang melekat pada jabatannya."),
        ("p", "Selain itu, Undang-Undang Pilkada juga melarang petahana melakukan penggantian pejabat dalam kurun enam bulan sebelum penetapan pasangan calon, kecuali mendapat persetujuan tertulis dari Menteri Dalam Negeri."),
        ("p", "Menurut catatan Bawaslu, larangan mutasi pejabat itu kerap dilanggar. Pada Pilkada 2020, Bawaslu menerima puluhan laporan mutasi pejabat yang diduga berkaitan dengan loyalitas politik."),
        ("p", "\"Mutasi menjelang pilkada itu sinyal kuat. Pejabat yang dianggap tidak loyal dipindahkan, lalu diganti dengan orang yang bisa digerakkan,\" kata Hendra."),
        ("baca", "Ini Daftar Daerah yang Hanya Punya Calon Tunggal"),
        ("h2", "Pengawasan TNI-Polri"),
        ("p", "Tak hanya ASN, Bawaslu juga memetakan kerawanan netralitas anggota TNI dan Polri. Meski jumlah laporannya jauh lebih sedikit, Hendra menilai dampaknya bisa lebih besar karena aparat keamanan memiliki pengaruh kuat di tengah masyarakat, terutama di daerah terpencil."),
        ("p", "Bawaslu telah berkoordinasi dengan Mabes TNI dan Mabes Polri agar setiap laporan dugaan pelanggaran netralitas anggota ditindaklanjuti oleh satuan masing-masing. Laporan terhadap anggota TNI diteruskan ke Polisi Militer, sedangkan laporan terhadap anggota Polri diteruskan ke Divisi Profesi dan Pengamanan (Propam)."),
        ("p", "Hendra juga meminta masyarakat aktif melapor apabila menemukan aparat yang menunjukkan keberpihakan. Laporan dapat disampaikan melalui posko pengaduan Bawaslu di setiap kabupaten dan kota maupun aplikasi pelaporan daring."),
        ("h2", "Catatan dari Pilkada 2020"),
        ("p", "Hendra mengingatkan, pengalaman Pilkada 2020 menunjukkan bahwa pelanggaran netralitas kerap baru terungkap setelah pemungutan suara. Banyak laporan masuk terlambat karena pelapor khawatir mendapat tekanan selama tahapan masih berlangsung."),
        ("p", "Pada Pilkada 2020, kata dia, jenis pelanggaran yang paling banyak ditangani Bawaslu adalah:"),
        ("ul", ["ASN yang melakukan pendekatan atau mendaftarkan diri sebagai bakal calon kepala daerah tanpa mengundurkan diri.",
                "ASN yang memberikan dukungan melalui media sosial kepada bakal calon maupun pasangan calon.",
                "ASN yang menghadiri deklarasi atau kegiatan kampanye pasangan calon.",
                "Kepala desa yang mengumpulkan perangkat desa dan warga untuk mendengarkan arahan dari tim pemenangan."]),
        ("p", "Menurut Hendra, sebagian besar kasus tersebut berakhir dengan rekomendasi sanksi. Namun, tidak sedikit rekomendasi yang tidak ditindaklanjuti oleh pejabat pembina kepegawaian karena yang bersangkutan justru pendukung calon yang menang."),
        ("p", "\"Inilah lingkaran yang harus diputus. Pelanggar dilindungi karena calonnya menang, lalu lima tahun kemudian pola yang sama diulang,\" ujar Hendra."),
        ("h2", "Media sosial jadi tantangan baru"),
        ("p", "Dibandingkan pilkada sebelumnya, Bawaslu menilai media sosial kini menjadi arena utama pelanggaran netralitas. Jumlah ASN yang aktif di media sosial meningkat tajam, begitu pula kebiasaan mengunggah kegiatan sehari-hari, termasuk kegiatan yang dihadiri kepala daerah petahana."),
        ("p", "Untuk itu, Bawaslu menyiapkan tim patroli siber di tingkat provinsi dan kabupaten/kota. Tim itu akan bekerja sama dengan Kementerian Komunikasi dan Informatika untuk menelusuri akun-akun yang diduga milik ASN dan menyebarkan konten kampanye."),
        ("p", "Hendra mengakui, patroli siber tidak mungkin menjangkau seluruh akun. Karena itu, Bawaslu juga mengandalkan laporan masyarakat yang menemukan unggahan ASN bernada dukungan kepada pasangan calon."),
        ("h2", "Respons pemerintah"),
        ("p", "Menanggapi pemetaan itu, Kementerian Dalam Negeri menyatakan telah menerbitkan surat edaran kepada seluruh penjabat kepala daerah agar menjaga netralitas birokrasi. Surat edaran itu juga meminta penjabat kepala daerah tidak melakukan mutasi pejabat tanpa izin."),
        ("p", "Direktur Jenderal Otonomi Daerah Kemendagri, Bambang Suryo Hadinoto, mengatakan pihaknya akan mengevaluasi penjabat kepala daerah yang terbukti tidak netral. Evaluasi itu bisa berujung pada pemberhentian."),
        ("p", "\"Penjabat kepala daerah itu perpanjangan tangan pemerintah pusat. Kalau dia tidak netral, kami tarik,\" kata Bambang saat dihubungi, Rabu."),
        ("p", "Bambang menjelaskan, Kemendagri juga telah meminta inspektorat daerah memperkuat pengawasan internal terhadap ASN. Inspektorat diminta membuka kanal pengaduan dan menindaklanjuti setiap laporan dalam waktu paling lama tujuh hari kerja."),
        ("p", "Selain itu, Kemendagri meminta penjabat kepala daerah tidak menggelar kegiatan seremonial yang berpotensi dimanfaatkan oleh pasangan calon, seperti peresmian proyek dan penyerahan bantuan dalam skala besar, selama masa kampanye. Kegiatan yang sudah terjadwal diminta tetap dilaksanakan tanpa menghadirkan pasangan calon."),
        ("h2", "Kepala desa jadi sorotan"),
        ("p", "Hendra juga menyoroti posisi kepala desa yang dinilai sangat rawan ditarik ke dalam politik praktis. Dengan jumlah desa lebih dari 75.000 di seluruh Indonesia, pengawasan terhadap kepala desa menjadi pekerjaan yang tidak mudah."),
        ("p", "Menurut Hendra, kepala desa memiliki pengaruh langsung terhadap warga melalui penyaluran bantuan, pelayanan administrasi, dan program pembangunan desa. Pengaruh itu rawan dimanfaatkan untuk menggalang dukungan, baik atas inisiatif kepala desa sendiri maupun karena tekanan dari pihak lain."),
        ("p", "\"Kami meminta pengawas di tingkat kelurahan dan desa memberi perhatian ekstra pada kegiatan-kegiatan di balai desa. Setiap pertemuan yang melibatkan kepala desa dan tim pasangan calon harus dicatat,\" kata Hendra."),
        ("p", "Bawaslu, lanjut Hendra, juga akan berkoordinasi dengan Kementerian Desa untuk memastikan penyaluran dana desa selama masa kampanye tidak disalahgunakan. Pencairan dana desa dalam jumlah besar menjelang pemungutan suara akan menjadi perhatian khusus."),
        ("p", "Pendaftaran pasangan calon kepala daerah dibuka pada 27 hingga 29 Agustus 2024. Adapun pemungutan suara Pilkada serentak dijadwalkan pada 27 November 2024 di 37 provinsi dan 508 kabupaten/kota."),
    ],
))

PAGES.append(dict(
    name="kompas-regional-kalsel-bhabinkamtibmas",
    channel="Regional",
    meta={"content_author", "jsonld", "published_time"},
    title="Kapolda Kalsel Minta Bhabinkamtibmas Tak Jadi Perantara Bantuan Paslon",
    author="Rahmat Fauzan Noor",
    editor="Aprilia Kartika Dewi",
    published="2024-10-22T19:45:00+08:00",
    url="https://regional.kompas.com/read/2024/10/22/194500078/kapolda-kalsel-minta-bhabinkamtibmas-tak-jadi-perantara-bantuan-paslon",
    site="kompas.com",
    photo="KOMPAS.com/RAHMAT FAUZAN NOOR Kapolda Kalsel memimpin apel pengamanan Pilkada 2024 di Banjarmasin, Selasa (22/10/2024).",
    tags=["Kalimantan Selatan", "netralitas Polri", "Bhabinkamtibmas", "Pilkada 2024"],
    related=["Bawaslu Kalsel Terima 9 Laporan Dugaan Politik Uang", "Personel Gabungan Amankan Kampanye Akbar di Banjarbaru"],
    next=["Harga Karet di Tabalong Kembali Naik", "Jembatan Gantung di Hulu Sungai Selatan Putus Diterjang Banjir"],
    popular=["Pasar Terapung Lok Baintan Kembali Ramai", "Kebakaran Lahan Gambut di Banjarbaru Berhasil Dipadamkan"],
    body=[
        ("p", "<strong>BANJARMASIN, KOMPAS.com</strong> - Kapolda Kalimantan Selatan (Kalsel), Irjen Pol Wahyu Satrio Adinegoro, meminta seluruh Bhabinkamtibmas tidak menjadi perantara penyaluran bantuan dari pasangan calon kepala daerah kepada warga selama masa kampanye Pilkada 2024."),
        ("p", "Permintaan itu disampaikan Wahyu saat memimpin apel pengamanan Pilkada di Lapangan Mapolda Kalsel, Banjarmasin, Selasa (22/10/2024)."),
        ("p", "Menurut Wahyu, Bhabinkamtibmas yang bertugas di desa dan kelurahan merupakan anggota Polri yang paling dekat dengan masyarakat. Posisi itu membuat mereka rawan dimanfaatkan oleh tim pemenangan pasangan calon."),
        ("p", "\"Kalau ada tim sukses titip sembako atau titip pesan untuk warga, tolak. Bhabinkamtibmas itu milik semua warga, bukan kurir calon,\" tegas Wahyu."),
        ("baca", "Bawaslu Kalsel Terima 9 Laporan Dugaan Politik Uang"),
        ("p", "Wahyu menegaskan, setiap anggota yang terbukti tidak netral akan diproses oleh Bidang Propam Polda Kalsel. Sanksinya mulai dari teguran, penundaan kenaikan pangkat, hingga pemberhentian tidak dengan hormat."),
        ("p", "Ia juga meminta para kapolres di 13 kabupaten dan kota di Kalsel rutin memantau aktivitas media sosial anggotanya. Unggahan yang menunjukkan dukungan kepada pasangan calon, termasuk foto dengan pose jari tertentu, dilarang."),
        ("ad",),
        ("p", "Sementara itu, Ketua Bawaslu Kalsel, Aliansyah Mahdi Noor, mengapresiasi ketegasan Kapolda. Menurut dia, laporan yang masuk ke Bawaslu sejauh ini lebih banyak menyangkut ASN dan kepala desa, tetapi pengawasan terhadap aparat keamanan tetap diperlukan."),
        ("p", "\"Kami berharap komitmen ini tidak berhenti di apel saja, tapi benar-benar diawasi sampai ke polsek,\" kata Aliansyah."),
        ("p", "Polda Kalsel menyiagakan sekitar 4.800 personel untuk mengamankan tahapan Pilkada 2024 di wilayahnya, dibantu personel TNI dan satuan perlindungan masyarakat."),
    ],
))

PAGES.append(dict(
    name="kompas-surabaya-jember-kades-deklarasi",
    channel="Surabaya",
    meta={"content_author", "published_time"},
    title="Deklarasi Dukung Paslon di Balai Desa, 5 Kades di Jember Diperiksa",
    author="Bagus Setiawan Wibisono",
    editor="Priska Sari Pratiwi",
    published="2024-11-02T11:20:00+07:00",
    url="https://surabaya.kompas.com/read/2024/11/02/112000078/deklarasi-dukung-paslon-di-balai-desa-5-kades-di-jember-diperiksa",
    site="kompas.com",
    photo="KOMPAS.com/BAGUS SETIAWAN WIBISONO Kantor Bawaslu Kabupaten Jember, Sabtu (2/11/2024).",
    paging=True,
    tags=["Jember", "kepala desa", "Bawaslu Jember", "Pilkada Jember 2024"],
    related=["Bawaslu Jatim Minta Camat dan Kades Tak Hadiri Deklarasi Paslon"],
    next=["Petani Tembakau Jember Keluhkan Harga Jual Anjlok"],
    popular=["Kereta Api Probowangi Tambah Jadwal Perjalanan", "Pantai Papuma Ramai Dikunjungi Wisatawan"],
    body=[
        ("p", "<strong>JEMBER, KOMPAS.com</strong> - Badan Pengawas Pemilu (Bawaslu) Kabupaten Jember, Jawa Timur, memeriksa lima kepala desa yang diduga ikut mendeklarasikan dukungan kepada salah satu pasangan calon bupati dan wakil bupati."),
        ("p", "Deklarasi itu digelar di balai desa di Kecamatan Sumberbaru pada Minggu (27/10/2024) malam dan dihadiri ratusan warga. Video acara tersebut kemudian beredar luas di media sosial."),
        ("p", "Ketua Bawaslu Jember, Siti Khotimah Ulfa, mengatakan kelima kepala desa itu telah menjalani klarifikasi pada Kamis (31/10/2024). Bawaslu juga memeriksa panitia acara dan dua saksi dari warga setempat."),
        ("p", "\"Balai desa itu fasilitas pemerintah. Menggelar deklarasi dukungan di sana saja sudah masalah, apalagi kepala desanya ikut naik panggung,\" kata Siti saat dikonfirmasi, Sabtu (2/11/2024)."),
        ("baca", "Bawaslu Jatim Minta Camat dan Kades Tak Hadiri Deklarasi Paslon"),
        ("p", "Siti menjelaskan, Bawaslu masih mendalami apakah perbuatan kelima kepala desa itu memenuhi unsur pidana pemilihan. Jika terbukti, kasusnya akan dilimpahkan ke Sentra Penegakan Hukum Terpadu (Gakkumdu)."),
        ("p", "Salah satu kepala desa yang diperiksa, Abdul Wahid Fauzi, berdalih kehadirannya di acara itu sebagai warga biasa. Ia mengaku tidak berpidato dan hanya duduk di kursi undangan."),
    ],
))
