"""antaranews.com pages (the national site and the regional network)."""
from common import GOLD_KINDS, When, esc, gold_html, head_open, jsonld, text_of

DISCLAIMER = ("Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini "
              "tanpa izin tertulis dari Kantor Berita ANTARA.")


def render(page):
    w = When(page["published"])
    meta = page["meta"]
    title = page["title"]
    host = page["url"].split("/")[2]
    brand = page["brand"]
    img = f"https://cdn.antaranews.com/cache/1200x800/{w.y}/{w.mm}/{w.dd}/netralitas.jpg"
    head = head_open(page)
    head += [f'<title>{esc(title)} - {brand}</title>',
             '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">',
             f'<meta name="description" content="{esc(text_of(page["body"][0][1])[:160])}">',
             f'<meta name="keywords" content="{esc(", ".join(page["tags"]))}">',
             '<meta name="robots" content="index, follow">']
    if "author" in meta:
        head.append(f'<meta name="author" content="{esc(page["author"])}">')
    if "og" in meta:
        head += ['<meta property="og:type" content="article">',
                 f'<meta property="og:site_name" content="{brand}">',
                 f'<meta property="og:title" content="{esc(title)}">',
                 f'<meta property="og:url" content="{page["url"]}">',
                 f'<meta property="og:image" content="{img}">']
    if "published_time" in meta:
        head.append(f'<meta property="article:published_time" content="{page["published"]}">')
        head.append(f'<meta property="article:section" content="{page["section"]}">')
    if "canonical" in meta:
        head.append(f'<link rel="canonical" href="{page["url"]}">')
    head.append('<link rel="stylesheet" href="https://www.antaranews.com/assets/css/style.min.css?v=2.4.1">')
    head.append('<script async src="https://www.googletagmanager.com/gtag/js?id=G-ANTARA"></script>')
    head.append("<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-ANTARA');</script>")
    if "jsonld" in meta:
        head.append(jsonld(page, publisher="ANTARA News", logo="https://www.antaranews.com/img/antaranews.com.png", section=page["section"], image=img))
    head.append('</head>')

    b = ['<body>',
         '<div class="topbar"><div class="container"><span class="topbar-date">' + f'{w.day}, {w.d} {w.month} {w.y}' + '</span> '
         '<a href="https://www.antaranews.com/rss">RSS</a> <a href="https://en.antaranews.com">English</a> <a href="https://www.antaranews.com/foto">Foto</a> <a href="https://www.antaranews.com/video">Video</a></div></div>',
         f'<header class="header-news"><div class="container"><a href="https://{host}" class="navbar-brand"><img src="https://{host}/img/logo.png" alt="{brand}"></a></div>',
         '<nav class="navbar navbar-expand-lg navbar-soft"><ul class="navbar-nav">' + "".join(
             f'<li class="nav-item"><a class="nav-link" href="https://{host}/{m.lower().replace(" ", "-")}">{m}</a></li>' for m in page["menu"]) + '</ul></nav></header>',
         '<section class="pb-80"><div class="container"><div class="row"><div class="col-md-8">',
         f'<ul class="breadcrumbs bg-light mb-4"><li class="breadcrumbs__item"><a href="https://{host}" class="breadcrumbs__url">Beranda</a></li>'
         f'<li class="breadcrumbs__item"><a href="https://{host}/{page["section"].lower()}" class="breadcrumbs__url">{page["section"]}</a></li></ul>',
         '<div class="wrap__article-detail">',
         f'<div class="wrap__article-detail-title"><h1>{esc(title)}</h1></div>',
         '<div class="wrap__article-detail-info"><ul class="list-inline">'
         f'<li class="list-inline-item"><span class="text-secondary font-weight-normal"><i class="fa fa-clock-o"></i> {w.day}, {w.d} {w.month} {w.y} {w.hm} {w.zone}</span></li></ul></div>',
         '<div class="wrap__article-detail-image mt-4"><figure>'
         f'<img src="{img}" alt="{esc(title)}" class="img-fluid"><figcaption class="wp-caption-text">{esc(page["photo"])}</figcaption></figure></div>',
         '<div class="wrap__article-detail-content post-content">']
    br = page.get("br_layout")
    for item in page["body"]:
        kind = item[0]
        if kind in GOLD_KINDS:
            b.append(gold_html(item, paragraph=(lambda v: f"{v}<br><br>") if br else None))
        elif kind == "baca":
            heads = item[1] if isinstance(item[1], list) else [item[1]]
            for h in heads:
                href = f"https://{host}/berita/{len(h) * 9173}/" + "-".join(h.lower().replace(",", "").split())
                if br:
                    b.append(f'<span class="baca-juga"><b>Baca juga: </b><a href="{href}">{esc(h)}</a></span><br><br>')
                else:
                    b.append(f'<p><span class="baca-juga"><b>Baca juga: </b><a href="{href}">{esc(h)}</a></span></p>')
        elif kind == "ad":
            b.append('<div class="ads_antaranews_middle"><div class="ad-label">Advertisement</div><ins class="adsbygoogle" data-ad-slot="7716433342"></ins>'
                     '<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
        elif kind == "img":
            b.append(f'<div class="text-center"><img src="{img}" alt="" class="img-fluid"><p class="wp-caption-text small">{esc(item[1])}</p></div>')
    b.append(f'<p class="text-muted mt-2 small">Pewarta: {esc(page["author"])}<br>Editor: {esc(page["editor"])}<br>Copyright &copy; ANTARA {w.y}</p>')
    b.append(f'<p class="text-muted small mt-2">{DISCLAIMER}</p>')
    b.append('</div>')
    b.append('<div class="blog-tags"><ul class="list-inline"><li class="list-inline-item"><i class="fa fa-tags"></i></li>' + "".join(
        f'<li class="list-inline-item"><a href="https://{host}/tag/{t.replace(" ", "-")}">#{esc(t)}</a></li>' for t in page["tags"]) + '</ul></div>')
    b.append('<div class="social-share"><span>Bagikan:</span> <a href="#" class="btn-facebook">Facebook</a> <a href="#" class="btn-twitter">X</a> <a href="#" class="btn-whatsapp">WhatsApp</a> <a href="#" class="btn-link">Salin</a></div>')
    b.append('</div>')
    b.append('<div class="wrapper__list__article mt-4"><h4 class="border_section">Berita Terkait</h4>' + "".join(
        f'<div class="card__post card__post-list"><div class="card__post__title"><h5><a href="#">{esc(r)}</a></h5></div></div>' for r in page["related"]) + '</div>')
    b.append('<div class="wrapper__list__article mt-4"><h4 class="border_section">Rekomendasi lain</h4>' + "".join(
        f'<div class="card__post card__post-list"><h5><a href="#">{esc(r)}</a></h5><span class="text-secondary">{k} jam lalu</span></div>' for k, r in enumerate(page["recommend"], 1)) + '</div>')
    b.append('<div id="comment-section" class="comments-area"><h4>Komentar</h4><div class="fb-comments" data-href="%s" data-width="100%%">Berkomentarlah secara bijaksana dan bertanggung jawab.</div></div>' % page["url"])
    b.append('</div>')
    b.append('<div class="col-md-4"><aside class="wrapper__list__article"><h4 class="border_section">Terpopuler</h4><ol class="list-populer">' + "".join(
        f'<li><a href="#">{esc(r)}</a></li>' for r in page["popular"]) + '</ol></aside>'
        '<aside class="ads_antaranews_sidebar"><ins class="adsbygoogle"></ins></aside></div>')
    b.append('</div></div></section>')
    b.append(f'<footer class="footer-area"><div class="container"><div class="footer-logo">{brand}</div>'
             '<ul class="list-inline"><li><a href="#">Tentang Kami</a></li><li><a href="#">Kontak</a></li><li><a href="#">Kode Etik</a></li>'
             '<li><a href="#">Pedoman Pemberitaan Media Siber</a></li><li><a href="#">Kebijakan Privasi</a></li></ul>'
             f'<p class="copyright">Copyright &copy; {w.y} ANTARA</p></div></footer>')
    b.append('<script src="https://www.antaranews.com/assets/js/app.min.js?v=2.4.1"></script>')
    b.append('</body>\n</html>\n')
    return "\n".join(head + b)


PAGES = []

PAGES.append(dict(
    name="antaranews-kemendagri-pj-fasilitas-negara",
    brand="ANTARA News",
    section="Politik",
    menu=["Terkini", "Politik", "Hukum", "Ekonomi", "Metro", "Bola", "Humaniora", "Pilkada 2024", "Foto", "Video"],
    meta={"author", "og", "published_time", "canonical", "jsonld"},
    title="Kemendagri ingatkan Pj kepala daerah tidak gunakan fasilitas negara untuk paslon",
    author="Aditya Ramadhan Putra",
    editor="Herry Soebanto Wiryono",
    published="2024-09-26T18:40:00+07:00",
    url="https://www.antaranews.com/berita/4321567/kemendagri-ingatkan-pj-kepala-daerah-tidak-gunakan-fasilitas-negara-untuk-paslon",
    site="antaranews.com",
    photo="Ilustrasi - Gedung Kementerian Dalam Negeri di Jakarta. ANTARA/Aditya Ramadhan Putra",
    tags=["kemendagri", "pj kepala daerah", "netralitas asn", "pilkada 2024"],
    related=["Mendagri evaluasi Pj kepala daerah yang tidak netral", "Bawaslu: laporan netralitas ASN meningkat di awal kampanye"],
    recommend=["KPU tetapkan jadwal debat publik pilkada", "Polri siagakan personel amankan masa kampanye", "DPR minta Bawaslu tegas tangani politik uang"],
    popular=["Harga emas Antam hari ini", "Prakiraan cuaca Jakarta hari ini", "Jadwal kampanye akbar pilkada serentak"],
    body=[
        ("p", "Jakarta (ANTARA) - Kementerian Dalam Negeri (Kemendagri) mengingatkan para penjabat (Pj) gubernur, bupati, dan wali kota agar tidak menggunakan fasilitas negara untuk kepentingan pasangan calon selama masa kampanye Pilkada 2024."),
        ("p", "Direktur Fasilitasi Kepala Daerah dan DPRD Kemendagri Rudy Hartono Simatupang di Jakarta, Kamis, mengatakan fasilitas negara yang dimaksud mencakup kendaraan dinas, rumah jabatan, gedung pemerintahan, hingga anggaran kegiatan perangkat daerah."),
        ("p", "\"Penjabat kepala daerah harus memberi contoh. Jangan sampai kendaraan dinas dipakai mengantar tim sukses atau aula kantor dipinjamkan untuk konsolidasi pemenangan,\" kata Rudy."),
        ("baca", "Mendagri evaluasi Pj kepala daerah yang tidak netral"),
        ("p", "Ia menjelaskan, larangan tersebut berlaku pula bagi aparatur sipil negara (ASN) di lingkungan pemerintah daerah. Pj kepala daerah, menurut dia, bertanggung jawab memastikan bawahannya tidak menyalahgunakan kewenangan untuk menguntungkan calon tertentu."),
        ("p", "Rudy menyebut Kemendagri telah menerima sejumlah aduan masyarakat terkait dugaan penggunaan fasilitas pemerintah daerah dalam kegiatan pasangan calon. Aduan itu kini sedang diklarifikasi bersama Inspektorat Jenderal Kemendagri."),
        ("p", "Menurut dia, Pj kepala daerah yang terbukti tidak netral dapat diberhentikan oleh Menteri Dalam Negeri. Evaluasi terhadap kinerja dan netralitas para penjabat dilakukan secara berkala setiap tiga bulan."),
        ("ad",),
        ("p", "\"Kami tidak segan. Sudah ada penjabat yang kami tegur secara tertulis karena hadir di acara yang bernuansa kampanye,\" ujarnya."),
        ("p", "Selain itu, Kemendagri juga meminta Pj kepala daerah menindaklanjuti rekomendasi Bawaslu maupun Badan Kepegawaian Negara (BKN) terkait ASN yang terbukti melanggar netralitas. Rekomendasi yang tidak ditindaklanjuti akan menjadi catatan dalam evaluasi penjabat."),
        ("baca", "Bawaslu: laporan netralitas ASN meningkat di awal kampanye"),
        ("p", "Rudy menambahkan, Kemendagri membuka kanal pengaduan bagi masyarakat yang menemukan penyalahgunaan fasilitas negara selama masa kampanye. Pengaduan dapat disampaikan melalui situs resmi Kemendagri maupun melalui inspektorat di setiap daerah."),
        ("p", "Masa kampanye Pilkada 2024 berlangsung sejak 25 September hingga 23 November 2024, sedangkan pemungutan suara serentak dijadwalkan pada 27 November 2024."),
    ],
))

PAGES.append(dict(
    name="antaranews-sumbar-pasaman-barat-satgas",
    brand="ANTARA News Sumatera Barat",
    section="Sumbar",
    menu=["Terkini", "Sumbar", "Padang", "Bukittinggi", "Pasaman Barat", "Politik", "Ekonomi", "Olahraga"],
    meta={"og"},
    charset="iso-8859-1",
    http_equiv=True,
    br_layout=True,
    title="Pj Bupati Pasaman Barat bentuk satgas netralitas ASN hingga tingkat nagari",
    author="Fandi Yogari Putra",
    editor="Altas Maulana Rasyid",
    published="2024-08-14T11:25:00+07:00",
    url="https://sumbar.antaranews.com/berita/672114/pj-bupati-pasaman-barat-bentuk-satgas-netralitas-asn-hingga-tingkat-nagari",
    site="antaranews.com",
    photo="Pj Bupati Pasaman Barat saat melantik satgas netralitas ASN di Simpang Empat, Rabu (14/8/2024). ANTARA/Fandi Yogari",
    tags=["pasaman barat", "netralitas asn", "satgas", "pilkada sumbar"],
    related=["Bawaslu Sumbar ingatkan wali nagari tidak berpihak", "KPU Pasaman Barat buka pendaftaran calon bupati"],
    recommend=["Harga cabai merah di Padang turun", "Jalan Padang-Bukittinggi kembali normal"],
    popular=["Gempa guncang Mentawai", "Rendang Padang masuk daftar kuliner terbaik dunia"],
    body=[
        ("p", "Simpang Empat (ANTARA) – Penjabat (Pj) Bupati Pasaman Barat, Sumatera Barat, Hendra Saputra Koto membentuk satuan tugas (satgas) pengawasan netralitas aparatur sipil negara (ASN) yang menjangkau hingga tingkat nagari menjelang Pilkada 2024."),
        ("p", "“Satgas ini bukan untuk menakut-nakuti ASN, tapi untuk memastikan pelayanan publik tetap berjalan adil bagi semua warga, apa pun pilihan politiknya,” kata Hendra usai melantik anggota satgas di Simpang Empat, Rabu."),
        ("p", "Satgas beranggotakan unsur Inspektorat, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM), Bagian Hukum Sekretariat Daerah, serta perwakilan camat dari 11 kecamatan di Pasaman Barat."),
        ("baca", "Bawaslu Sumbar ingatkan wali nagari tidak berpihak"),
        ("p", "Hendra menjelaskan, satgas bertugas memantau aktivitas ASN di kantor maupun di media sosial, menerima aduan masyarakat, serta meneruskan temuan kepada Bawaslu Pasaman Barat untuk ditindaklanjuti."),
        ("p", "Ia mengaku pernah menerima laporan adanya pertemuan sejumlah ASN dengan tim bakal calon di sebuah kafe bernama Café Saiyo di pusat kota. Laporan itu, kata dia, menjadi salah satu alasan pembentukan satgas."),
        ("p", "“Kami tidak ingin kejadian–kejadian seperti itu dianggap biasa. ASN boleh berteman dengan siapa saja, tapi jangan sampai ikut merancang strategi pemenangan,” ujarnya."),
        ("p", "Ketua Bawaslu Pasaman Barat Yuliarni Sikumbang menyambut baik pembentukan satgas tersebut. Menurut dia, keterbatasan jumlah pengawas membuat Bawaslu membutuhkan dukungan dari internal pemerintah daerah."),
        ("p", "“Pengawas kami di tiap nagari hanya satu orang. Dengan adanya satgas, mata yang mengawasi jadi lebih banyak,” kata Yuliarni."),
        ("p", "Pasaman Barat akan memilih bupati dan wakil bupati secara serentak bersama daerah lain pada 27 November 2024."),
    ],
))

PAGES.append(dict(
    name="antaranews-sulteng-poso-tokoh-agama",
    brand="ANTARA News Palu",
    section="Sulteng",
    menu=["Terkini", "Sulteng", "Palu", "Poso", "Politik", "Ekonomi", "Sosial", "Foto"],
    meta={"author", "og", "published_time", "canonical"},
    title="Bawaslu Poso libatkan tokoh agama awasi netralitas ASN dan kades",
    author="Moh Ridwan Lasimpo",
    editor="Ritan Tandiabang",
    published="2024-09-18T20:10:00+08:00",
    url="https://sulteng.antaranews.com/berita/354201/bawaslu-poso-libatkan-tokoh-agama-awasi-netralitas-asn-dan-kades",
    site="antaranews.com",
    photo="Ketua Bawaslu Poso (kanan) berdialog dengan tokoh agama di Tentena, Rabu (18/9/2024). ANTARA/Moh Ridwan",
    tags=["poso", "bawaslu", "tokoh agama", "netralitas kades"],
    related=["Polres Poso siagakan personel amankan kampanye", "KPU Poso tetapkan DPT pilkada 2024"],
    recommend=["Danau Poso jadi tujuan wisata akhir pekan", "Harga kopra di Poso membaik"],
    popular=["Gempa kecil guncang Sigi", "Festival Danau Poso digelar bulan depan"],
    body=[
        ("p", "Poso (ANTARA) - Badan Pengawas Pemilu (Bawaslu) Kabupaten Poso, Sulawesi Tengah, melibatkan tokoh agama dari berbagai kelompok untuk mengawasi netralitas aparatur sipil negara (ASN) dan kepala desa selama tahapan Pilkada 2024."),
        ("p", "Ketua Bawaslu Poso Marthen Tobondo di Poso, Rabu, mengatakan tokoh agama memiliki kedekatan dengan masyarakat hingga ke pelosok desa sehingga dapat menjadi mata dan telinga pengawas pemilu."),
        ("p", "\"Pendeta, ustaz, dan pemuka adat itu didengar warganya. Kalau mereka ikut mengingatkan kepala desa untuk netral, pesannya jauh lebih kuat daripada spanduk,\" kata Marthen."),
        ("baca", "Polres Poso siagakan personel amankan kampanye"),
        ("p", "Ia menjelaskan, Bawaslu Poso telah menggelar dialog dengan sekitar 60 tokoh agama di Kecamatan Pamona Utara, Poso Kota, dan Lage. Dalam dialog itu, para tokoh agama diberi penjelasan mengenai larangan bagi ASN dan kepala desa serta cara melaporkan dugaan pelanggaran."),
        ("p", "Menurut dia, pada pilkada sebelumnya Bawaslu Poso menangani beberapa kasus kepala desa yang menggunakan forum ibadah dan kegiatan keagamaan untuk menyampaikan dukungan kepada calon tertentu."),
        ("p", "Tokoh agama di Tentena, Pendeta Yusuf Lamba Sigilipu, menyatakan siap membantu. Ia menilai netralitas kepala desa penting untuk menjaga kerukunan warga yang di masa lalu pernah terkoyak konflik."),
        ("p", "\"Beda pilihan itu biasa. Yang tidak boleh, kepala desa memecah warganya sendiri karena urusan calon,\" ujarnya."),
    ],
))

PAGES.append(dict(
    name="antaranews-ambon-sbb-raja-negeri",
    brand="ANTARA News Ambon",
    section="Maluku",
    menu=["Terkini", "Maluku", "Ambon", "Maluku Tengah", "Seram Bagian Barat", "Politik", "Ekonomi"],
    meta={"jsonld", "canonical"},
    title="Pemkab SBB ingatkan raja negeri tidak berpihak pada pilkada",
    author="Yohanis Letsoin",
    editor="Daniel Leonard Pattiwael",
    published="2024-10-08T13:55:00+09:00",
    url="https://ambon.antaranews.com/berita/224918/pemkab-sbb-ingatkan-raja-negeri-tidak-berpihak-pada-pilkada",
    site="antaranews.com",
    photo="Sekda Seram Bagian Barat memberikan arahan kepada raja negeri di Piru, Selasa (8/10/2024). ANTARA/Yohanis Letsoin",
    tags=["seram bagian barat", "raja negeri", "kepala desa", "pilkada maluku"],
    related=["Bawaslu Maluku awasi kepala desa di pulau terluar", "Pj Gubernur Maluku minta ASN jaga netralitas"],
    recommend=["Kapal cepat Ambon-Piru kembali beroperasi", "Harga cengkih di Maluku naik"],
    popular=["Gelombang tinggi di Laut Banda", "Festival Teluk Ambon 2024"],
    body=[
        ("p", "Piru (ANTARA) - Pemerintah Kabupaten Seram Bagian Barat (SBB), Maluku, mengingatkan seluruh raja negeri dan kepala desa di wilayah itu untuk tidak berpihak kepada pasangan calon mana pun pada Pilkada 2024."),
        ("p", "Sekretaris Daerah Kabupaten SBB Leonard Maitimu di Piru, Selasa, mengatakan raja negeri memiliki pengaruh adat yang kuat sehingga sikap politiknya mudah diikuti warga. Karena itu, menurut dia, netralitas raja negeri sangat menentukan kualitas pilkada di SBB."),
        ("p", "\"Raja itu pemimpin adat sekaligus kepala pemerintahan negeri. Kalau raja sudah bilang pilih si A, warga sulit menolak. Itu yang tidak boleh terjadi,\" kata Leonard."),
        ("p", "Di Maluku, raja negeri merupakan sebutan bagi kepala pemerintahan desa adat. Sebagaimana kepala desa, raja negeri terikat larangan ikut kampanye dan membuat kebijakan yang menguntungkan pasangan calon."),
        ("p", "Leonard meminta para camat memantau aktivitas raja negeri di wilayahnya dan segera melapor apabila menemukan indikasi keberpihakan. Pemkab SBB, kata dia, akan berkoordinasi dengan Bawaslu untuk setiap temuan."),
        ("baca", "Bawaslu Maluku awasi kepala desa di pulau terluar"),
        ("p", "Ia juga mengingatkan bahwa dana desa tidak boleh dipakai untuk kegiatan yang berbau kampanye, termasuk pengadaan kaus, spanduk, atau konsumsi pertemuan warga yang dihadiri tim pasangan calon."),
    ],
))
