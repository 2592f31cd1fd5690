"""kompasiana.com blog posts."""
from common import GOLD_KINDS, When, esc, gold_html, jsonld, text_of


def render(page):
    w = When(page["published"])
    meta = page["meta"]
    title = page["title"]
    user = page["url"].split("/")[3]
    img = f"https://assets.kompasiana.com/items/album/{w.y}/{w.mm}/{w.dd}/ilustrasi-{user}.jpg"
    suffix = " Halaman all" if page.get("all") else ""
    head = ['<!DOCTYPE html>', '<html lang="id">', '<head>', '<meta charset="utf-8">',
            f'<title>{esc(title)}{suffix} - Kompasiana.com</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="description" content="{esc(text_of(page["body"][0][1])[:150])}">',
            f'<meta name="keywords" content="{esc(", ".join(page["tags"]))}">']
    if "author" in meta:
        head.append(f'<meta name="author" content="{esc(page["author"])}">')
    if "og" in meta:
        head += ['<meta property="og:type" content="article">',
                 '<meta property="og:site_name" content="KOMPASIANA">',
                 f'<meta property="og:title" content="{esc(title)}">',
                 f'<meta property="og:url" content="{page["url"]}">',
                 f'<meta property="og:image" content="{img}">']
    if "published_time" in meta:
        head.append(f'<meta property="article:published_time" content="{page["published"]}">')
    head.append(f'<link rel="canonical" href="{page["url"]}">')
    head.append('<link rel="stylesheet" href="https://www.kompasiana.com/assets/v2/css/read.min.css?v=12.4">')
    head.append("<script>var kmp_data = {'kategori':'%s','user':'%s','artikel_type':'blog'};</script>" % (page["category"], user))
    if "jsonld" in meta:
        head.append(jsonld(page, kind="BlogPosting", publisher="Kompasiana", logo="https://www.kompasiana.com/assets/images/logo.png", section=page["category"], image=img))
    head.append('</head>')
    b = ['<body class="read-page">',
         '<header class="header"><div class="container"><a class="logo" href="https://www.kompasiana.com"><img src="https://www.kompasiana.com/assets/images/logo.png" alt="Kompasiana"></a>'
         '<div class="header__search"><input type="text" placeholder="Cari di Kompasiana"></div>'
         '<div class="header__user"><a href="https://www.kompasiana.com/login">Masuk</a> <a href="https://www.kompasiana.com/register" class="btn-daftar">Daftar</a> <a href="https://www.kompasiana.com/new" class="btn-tulis">Tulis</a></div></div>'
         '<nav class="menu-kategori"><ul>' + "".join(f'<li><a href="https://www.kompasiana.com/{m.lower()}">{m}</a></li>' for m in
                                                      ["Beranda", "Pilihan", "Terpopuler", "Politik", "Humaniora", "Ekonomi", "Hiburan", "Olahraga", "Lyfe", "Tekno", "Event", "Kotak Suara"]) + '</ul></nav></header>',
         '<div class="container"><div class="row"><div class="col-lg-8 col-main">',
         f'<ul class="breadcrumb"><li><a href="https://www.kompasiana.com">Beranda</a></li><li><a href="https://www.kompasiana.com/{page["category"].lower()}">{page["category"]}</a></li><li>{page["subcategory"]}</li></ul>',
         '<div class="artikel-pilihan-label">Artikel Pilihan</div>' if page.get("pilihan") else '',
         f'<div class="title"><h1>{esc(title)}</h1></div>',
         '<div class="mockup-user clearfix">',
         f'<div class="user-ava"><img src="https://assets.kompasiana.com/statics/crawl/{user}.jpg" alt="{esc(page["author"])}"></div>',
         f'<div class="count-user"><div class="user-name"><a href="https://www.kompasiana.com/{user}">{esc(page["author"])}</a> <span class="mohon-tunggu">Mohon Tunggu...</span> <span class="user-profil">{esc(page["profile"])}</span></div>'
         f'<div class="user-follow"><a href="#" class="btn-follow">Ikuti</a></div></div>',
         '</div>',
         f'<div class="time-read">{w.d} {w.month} {w.y} {w.hm} Diperbarui: {w.d} {w.month} {w.y} {page["updated"]}</div>',
         f'<div class="count-detail"><span class="count-view">{page["views"]}</span> <span class="count-rate">{page["views"] % 7 + 1}</span> <span class="count-comment">{page["views"] % 3}</span></div>',
         f'<div class="read-image"><figure><img src="{img}" alt=""><figcaption class="caption-foto">{esc(page["photo"])}</figcaption></figure></div>',
         '<div class="read-content col-lg-9 col-md-9 col-sm-9 col-xs-12">']
    for item in page["body"]:
        kind = item[0]
        if kind in GOLD_KINDS:
            b.append(gold_html(item, quote_in_p=True))
        elif kind == "baca":
            heads = item[1] if isinstance(item[1], list) else [item[1]]
            for h in heads:
                b.append(f'<p>Baca juga: <a href="https://www.kompasiana.com/{user}/{len(h)}a9/{"-".join(h.lower().replace(",", "").split())}">{esc(h)}</a></p>')
        elif kind == "ad":
            b.append('<div class="ads-in-article"><div class="ads-label">ADVERTISEMENT</div><div id="div-gpt-ad-kompasiana-inarticle"></div></div>')
        elif kind == "img":
            b.append(f'<figure class="image"><img src="{img}" alt=""><figcaption>{esc(item[1])}</figcaption></figure>')
    b.append('</div>')
    b.append(f'<div class="read-more-category"><a href="https://www.kompasiana.com/{page["category"].lower()}">Lihat {page["subcategory"]} Selengkapnya</a></div>')
    b.append('<div class="tag-list"><span>Tag</span> ' + "".join(f'<a href="https://www.kompasiana.com/tag/{t.replace(" ", "-")}" class="tag">{esc(t)}</a> ' for t in page["tags"]) + '</div>')
    b.append('<div class="report-content"><a href="#" class="report">Laporkan Konten</a></div>')
    b.append('<div class="disclaimer-box"><p>Kompasiana adalah platform blog. Konten ini menjadi tanggung jawab bloger dan tidak mewakili pandangan redaksi Kompas.</p></div>')
    b.append('<div class="share-bottom"><span>Bagikan</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Salin Tautan</a></div>')
    b.append('<div class="rating-box"><h3>Beri Nilai</h3><ul><li>Aktual</li><li>Bermanfaat</li><li>Inspiratif</li><li>Menarik</li><li>Menghibur</li><li>Unik</li></ul></div>')
    b.append('<div class="comment-box" id="komentar"><h3>Beri Komentar</h3><div class="comment-empty">Belum ada komentar. Jadilah yang pertama untuk memberikan komentar!</div>'
             '<form class="comment-form"><textarea placeholder="Tulis komentar Anda"></textarea><button>Kirim</button></form></div>')
    b.append(f'<div class="more-from-author"><h3>Lihat Konten {page["category"]} Selengkapnya</h3><ul>' + "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in page["more"]) + '</ul></div>')
    b.append('</div>')
    b.append('<div class="col-lg-4 sidebar"><div class="box-terpopuler"><h3>Terpopuler</h3><ol>' + "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in page["popular"]) + '</ol></div>'
             '<div class="box-topik-pilihan"><h3>Topik Pilihan</h3><ul><li><a href="#">#Pilkada2024</a></li><li><a href="#">#NetralitasASN</a></li><li><a href="#">#KotakSuara</a></li></ul></div>'
             '<div class="box-nilai-tertinggi"><h3>Nilai Tertinggi</h3><ol>' + "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in page["more"]) + '</ol></div></div>')
    b.append('</div></div>')
    b.append('<footer class="footer"><div class="container"><ul><li><a href="#">Tentang Kompasiana</a></li><li><a href="#">Syarat dan Ketentuan</a></li>'
             '<li><a href="#">Kebijakan Privasi</a></li><li><a href="#">Kontak</a></li></ul><p>&copy; Kompasiana.com 2024. All rights reserved.</p></div></footer>')
    b.append('<script src="https://www.kompasiana.com/assets/v2/js/read.min.js?v=12.4"></script>')
    b.append('</body>\n</html>\n')
    return "\n".join(head + b)


PAGES = []

PAGES.append(dict(
    name="kompasiana-cianjur-guru-honorer-tim-sukses",
    category="Politik",
    subcategory="Politik",
    pilihan=True,
    all=True,
    meta={"og", "jsonld"},
    title="Guru Honorer dan Godaan Menjadi Tim Sukses",
    author="Neng Siti Marlina",
    profile="Guru honorer di sebuah SD di Cianjur selatan. Menulis untuk menjaga waras.",
    published="2024-10-05T21:14:00+07:00",
    updated="21:40",
    views=1284,
    url="https://www.kompasiana.com/sitimarlina/6701384ced64156a2b3c91f2/guru-honorer-dan-godaan-menjadi-tim-sukses",
    site="kompasiana.com",
    photo="Ilustrasi ruang kelas sekolah dasar. (Dokumentasi pribadi)",
    tags=["guru honorer", "netralitas", "pilkada cianjur", "pendidikan"],
    more=["Gaji Honorer Kami Cair Tiga Bulan Sekali", "Murid Saya Bertanya: Bu, Pilkada Itu Apa?"],
    popular=["Catatan Pemilih Pemula di TPS", "Ketika Kades Ikut Kampanye", "Harga Beras dan Janji Calon"],
    body=[
        ("p", "Sore itu, selepas mengajar, ponsel saya bergetar. Sebuah pesan masuk dari nomor yang tidak saya simpan. Isinya sopan sekali: perkenalan dari seseorang yang mengaku koordinator relawan salah satu pasangan calon bupati Cianjur, disusul ajakan untuk bergabung menjadi relawan di desa tempat saya mengajar."),
        ("p", "\"Ibu kan dikenal orang tua murid, pasti banyak yang dengar omongan Ibu,\" tulisnya. Di akhir pesan ada janji yang dibungkus dengan kalimat halus: kalau calonnya menang, nasib guru honorer akan diperhatikan."),
        ("p", "Saya tidak membalas. Bukan karena tidak sopan, tapi karena saya tidak tahu harus menjawab apa. Pesan itu menyentuh titik yang paling rapuh dalam hidup kami, para guru honorer: harapan."),
        ("h2", "Honorer bukan ASN, tapi bukan juga orang bebas"),
        ("p", "Banyak teman sesama honorer yang berpikir, kami kan bukan PNS, jadi aturan netralitas tidak berlaku. Secara hukum, status kami memang berbeda. Tapi ada beberapa hal yang sering dilupakan."),
        ("p", "Pertama, kami mengajar di sekolah negeri, yang merupakan fasilitas pemerintah. Sekolah tidak boleh dijadikan tempat kampanye, dan itu artinya kami tidak boleh membawa urusan calon ke dalam kelas, ke grup WhatsApp wali murid, atau ke rapat komite."),
        ("p", "Kedua, sebagian dari kami sedang menunggu seleksi PPPK. Begitu diangkat menjadi PPPK, kami resmi menjadi ASN dan terikat aturan netralitas sepenuhnya. Jejak digital dukungan kepada calon bisa menjadi masalah di kemudian hari."),
        ("p", "Ketiga, dan ini yang paling sering saya pikirkan, kami ini guru. Orang tua murid menitipkan anaknya kepada kami tanpa bertanya pilihan politik kami. Rasanya tidak adil kalau kepercayaan itu kami pakai untuk kepentingan calon."),
        ("ad",),
        ("h2", "Janji yang berulang setiap lima tahun"),
        ("p", "Saya sudah menjadi honorer selama sebelas tahun. Artinya, saya sudah melewati dua kali pilkada. Setiap kali, selalu ada janji soal kesejahteraan guru honorer. Setiap kali pula, janji itu menguap bersama baliho yang diturunkan setelah pemungutan suara."),
        ("p", "Seorang kawan pernah aktif menjadi relawan pada pilkada sebelumnya. Ia rajin mengantar logistik kampanye, bahkan meminjamkan motornya untuk keperluan tim. Calonnya menang. Tapi yang ia terima bukan pengangkatan, melainkan tatapan sinis dari rekan-rekan yang berbeda pilihan dan kepala sekolah yang merasa dilangkahi."),
        ("p", "Ia bercerita, berbulan-bulan setelah pilkada suasana di sekolahnya tidak lagi sama. Rapat guru terasa kaku, dan beberapa wali murid memindahkan anaknya ke kelas lain. Dari situ saya belajar bahwa harga yang dibayar jauh lebih mahal daripada janji yang ditawarkan."),
        ("h2", "Yang bisa kami lakukan"),
        ("p", "Saya tidak sedang menggurui. Saya hanya ingin berbagi beberapa hal yang saya putuskan untuk diri sendiri menjelang Pilkada 27 November nanti:"),
        ("ul", ["Tidak bergabung dalam tim sukses atau relawan calon mana pun, meskipun secara aturan mungkin tidak sepenuhnya dilarang untuk honorer.",
                "Tidak membicarakan calon di kelas, di grup wali murid, atau di lingkungan sekolah.",
                "Tetap datang ke TPS dan memilih sesuai hati nurani, karena hak pilih itu milik saya.",
                "Menyimpan tangkapan layar pesan ajakan seperti di atas, siapa tahu suatu saat diperlukan sebagai bukti."]),
        ("p", "Soal pesan dari koordinator relawan itu, akhirnya saya membalas juga, dua hari kemudian. Saya menulis singkat: terima kasih atas tawarannya, tapi saya ingin tetap menjadi guru untuk semua murid, apa pun pilihan orang tua mereka."),
        ("p", "Tidak ada balasan lagi. Dan entah kenapa, malam itu saya tidur lebih nyenyak."),
        ("p", "Salam dari Cianjur selatan."),
    ],
))

PAGES.append(dict(
    name="kompasiana-lamongan-surat-untuk-pak-kades",
    category="Politik",
    subcategory="Kotak Suara",
    meta=set(),
    title="Surat Terbuka untuk Pak Kades di Kampung Saya",
    author="Khoirul Umam Fauzi",
    profile="Perantau asal Lamongan, pekerja kantoran di Surabaya.",
    published="2024-10-27T07:30:00+07:00",
    updated="08:02",
    views=806,
    url="https://www.kompasiana.com/khoirulumamf/671d8a31ed64151b9a2c7b12/surat-terbuka-untuk-pak-kades-di-kampung-saya",
    site="kompasiana.com",
    photo="Ilustrasi balai desa. (Foto: Pixabay)",
    tags=["kepala desa", "lamongan", "pilkada jatim", "surat terbuka"],
    more=["Pulang Kampung Demi Mencoblos", "Dana Desa dan Jalan Makadam di Kampung Kami"],
    popular=["Catatan dari Debat Kandidat", "Netralitas Itu Bukan Slogan", "Pemilih Muda dan Politik Uang"],
    body=[
        ("p", "Pak Kades yang saya hormati,"),
        ("p", "Izinkan saya, salah satu warga yang sudah lama merantau ke Surabaya, menulis surat ini. Saya menulis bukan karena benci, justru karena saya masih peduli pada kampung kita di pinggir Bengawan Solo itu."),
        ("p", "Minggu lalu, ibu saya bercerita lewat telepon. Katanya, dalam acara tahlilan di rumah tetangga, Bapak sempat berpesan agar warga memilih salah satu pasangan calon bupati Lamongan. Kata ibu, Bapak menyampaikannya sambil bercanda, tapi semua orang tahu maksudnya."),
        ("p", "Pak Kades, saya tahu Bapak punya hak pilih seperti warga lainnya. Tapi jabatan yang Bapak pegang membawa batasan. Undang-undang melarang kepala desa ikut berkampanye dan membuat tindakan yang menguntungkan salah satu pasangan calon. Larangan itu ada bukan untuk mengekang Bapak, tapi untuk melindungi warga."),
        ("p", "Izinkan saya menyebut beberapa alasan mengapa saya berharap Bapak berdiri di tengah:"),
        ("ol", ["Warga kita tidak semuanya sepilihan. Ketika kepala desa condong ke satu calon, warga yang berbeda pilihan merasa tidak lagi punya bapak di balai desa.",
                "Bantuan dan pelayanan desa bisa dicurigai. Setiap surat keterangan yang terlambat, setiap bantuan yang tidak merata, akan dikaitkan dengan pilihan politik warga.",
                "Bapak sendiri bisa terkena sanksi, mulai dari teguran sampai pemberhentian sementara. Sayang sekali kalau masa jabatan yang tinggal beberapa tahun itu terganggu karena urusan pilkada.",
                "Setelah pilkada, siapa pun pemenangnya, Bapak tetap harus bekerja sama dengan bupati terpilih demi kampung kita."]),
        ("p", "Saya juga mendengar ada perangkat desa yang ikut membagikan kalender bergambar calon dari rumah ke rumah. Mungkin itu inisiatif mereka sendiri. Tapi warga tidak bisa membedakan mana inisiatif pribadi dan mana perintah kepala desa."),
        ("p", "Pak Kades, dulu Bapak terpilih karena dianggap orang yang adil. Saya masih ingat bagaimana Bapak membagi air irigasi di musim kemarau tanpa melihat siapa pemilik sawahnya. Sikap yang sama itulah yang kami harapkan di musim pilkada ini."),
        ("p", "Kalau Bapak ingin menitipkan pesan kepada warga, titipkan saja satu hal: datanglah ke TPS dan pilihlah sesuai hati nurani. Itu sudah lebih dari cukup."),
        ("p", "Dengan hormat,"),
        ("p", "Anak kampung yang sedang merantau"),
    ],
))

PAGES.append(dict(
    name="kompasiana-palu-netralitas-polisi-anak-kos",
    category="Humaniora",
    subcategory="Sosbud",
    meta={"author", "og", "published_time"},
    title="Netralitas Polisi di Mata Anak Kos",
    author="Ahmad Fikri Lamangkona",
    profile="Mahasiswa tingkat akhir di Palu. Suka kopi, benci tugas akhir.",
    published="2024-11-14T12:08:00+07:00",
    updated="12:15",
    views=402,
    url="https://www.kompasiana.com/fikrilamangkona/6735a0c2ed64152f1e3d4a81/netralitas-polisi-di-mata-anak-kos",
    site="kompasiana.com",
    photo="Ilustrasi rumah kos mahasiswa. (Dokumentasi pribadi)",
    tags=["netralitas polri", "palu", "mahasiswa", "pilkada sulteng"],
    more=["Begadang Demi Debat Cagub", "Warung Kopi dan Obrolan Politik"],
    popular=["Pemilih Pemula Bingung Cari TPS", "Antara Baliho dan Banjir"],
    body=[
        ("p", "Di kos saya di Palu, ada seorang penghuni yang berbeda dari kami semua. Namanya Bang Rizal, anggota polisi berpangkat brigadir yang memilih ngekos karena asrama penuh. Sejak musim kampanye dimulai, dia jadi sasaran favorit kami untuk bertanya soal politik."),
        ("p", "\"Bang, dukung calon gubernur yang mana?\" tanya salah satu teman suatu malam. Bang Rizal cuma tertawa. \"Polisi tidak punya hak pilih, Dik. Dukung-dukungan itu bukan urusan kami,\" jawabnya."),
        ("p", "Awalnya kami mengira itu cuma jawaban diplomatis. Tapi semakin sering kami mengobrol, saya jadi paham bahwa netralitas bagi polisi bukan sekadar slogan. Bang Rizal bercerita, atasannya rutin memeriksa akun media sosial anggota. Foto dengan pose jari saja bisa berujung pemeriksaan Propam."),
        ("p", "Yang membuat saya kagum, dia tetap ramah kepada teman kos yang terang-terangan jadi relawan salah satu calon. Mereka tetap main gim bersama, tetap berbagi lauk. Bedanya, setiap kali obrolan mulai menjurus ke calon, Bang Rizal memilih pamit ke kamar."),
        ("p", "Dari kos kecil ini saya belajar, netralitas ternyata bisa terlihat sangat sederhana: tidak ikut bersorak, tapi tetap menjaga pertandingan berjalan aman. Semoga sikap seperti Bang Rizal juga dimiliki semua aparat sampai hari pemungutan suara nanti."),
    ],
))

PAGES.append(dict(
    name="kompasiana-kendal-camat-rajin-ke-tps",
    category="Politik",
    subcategory="Kotak Suara",
    meta={"jsonld"},
    title="Catatan dari TPS: Camat yang Terlalu Rajin Berkunjung",
    author="Bambang Sugeng Riyadi",
    profile="Pensiunan guru, kini jadi anggota KPPS di desa.",
    published="2024-11-28T09:40:00+07:00",
    updated="10:05",
    views=655,
    url="https://www.kompasiana.com/bambangsugengr/6747d2f1ed641574c21b6a90/catatan-dari-tps-camat-yang-terlalu-rajin-berkunjung",
    site="kompasiana.com",
    photo="Suasana TPS di sebuah desa di Kendal. (Dokumentasi pribadi)",
    tags=["tps", "kendal", "netralitas camat", "pilkada 2024"],
    more=["Menjadi KPPS di Usia Senja"],
    popular=["Hitung Cepat Pilkada Jateng", "Cerita Pemilih Disabilitas di TPS"],
    body=[
        ("p", "Kemarin, 27 November, saya bertugas sebagai anggota KPPS di sebuah TPS di Kabupaten Kendal. Pemungutan suara berjalan lancar, warga antre dengan tertib, dan penghitungan selesai sebelum magrib."),
        ("p", "Hanya ada satu hal yang mengganjal. Sepanjang hari, seorang camat datang ke TPS kami sampai tiga kali. Katanya memantau. Tapi setiap kali datang, ia berdiri cukup lama di dekat antrean sambil menyapa warga satu per satu."),
        ("p", "Saya tidak menuduh. Mungkin memang niatnya baik. Tapi sebagai pejabat ASN, kehadiran yang terlalu sering di TPS bisa ditafsirkan macam-macam oleh warga, apalagi di hari pencoblosan. Pengawas TPS pun akhirnya mencatat kunjungan itu di formulir kejadian khusus."),
        ("p", "Semoga catatan kecil ini jadi pengingat untuk pilkada berikutnya."),
    ],
))
