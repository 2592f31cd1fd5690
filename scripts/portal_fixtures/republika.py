"""republika.co.id pages (news and the opinion column)."""
from common import GOLD_KINDS, When, esc, gold_html, head_open, jsonld, text_of


def render(page):
    w = When(page["published"])
    meta = page["meta"]
    title = page["title"]
    img = f"https://static.republika.co.id/uploads/images/inpicture_slide/{w.y}{w.mm}{w.dd}-netralitas.jpg"
    head = head_open(page)
    head += [f'<title>{esc(title)} | Republika Online</title>',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f'<meta name="description" content="{esc(text_of(next(i for i in page["body"] if i[0] == "p")[1])[:150])}">',
             f'<meta name="keywords" content="{esc(", ".join(page["tags"]))}">']
    if "author" in meta:
        head.append(f'<meta name="author" content="{esc(page["author"])}">')
    head += ['<meta property="og:type" content="article">',
             '<meta property="og:site_name" content="Republika Online">',
             f'<meta property="og:title" content="{esc(title)}">',
             f'<meta property="og:url" content="{page["url"]}">',
             f'<meta property="og:image" content="{img}">']
    if "published_time" in meta:
        head.append(f'<meta property="article:published_time" content="{page["published"]}">')
    if "canonical" in meta:
        head.append(f'<link rel="canonical" href="{page["url"]}">')
    head.append('<link rel="stylesheet" href="https://static.republika.co.id/files/themes/republika/css/detail.min.css?v=5.2">')
    head.append("""<script>
  var ROL = {"kanal":"%s","subkanal":"%s","id":"%s"};
  (function(){var s=document.createElement('script');s.async=true;s.src='https://static.republika.co.id/files/js/rol-track.js';document.head.appendChild(s);})();
</script>""" % (page["kanal"], page["subkanal"], page["url"].split("/berita/")[1].split("/")[0]))
    if "jsonld" in meta:
        head.append(jsonld(page, publisher="Republika Online", logo="https://static.republika.co.id/files/images/logo-republika.png", section=page["kanal"], image=img))
    head.append('</head>')
    b = ['<body class="detail-page">',
         '<div class="cookie-banner" id="cookieConsent"><p>Situs ini menggunakan cookie untuk analitik dan personalisasi. '
         '<a href="https://www.republika.co.id/page/kebijakan-privasi">Kebijakan Privasi</a></p><button>Saya Setuju</button></div>',
         '<header class="header-main"><div class="container"><a class="logo" href="https://www.republika.co.id"><img src="https://static.republika.co.id/files/images/logo-republika.png" alt="Republika"></a>'
         '<div class="header-right"><a href="https://www.republika.co.id/search">Cari</a> <a href="https://epaper.republika.co.id">e-Paper</a> <a href="https://www.republika.co.id/login">Masuk</a></div></div>'
         '<nav class="main-menu"><ul>' + "".join(f'<li><a href="https://{m.lower()}.republika.co.id">{m}</a></li>' for m in
                                                  ["News", "Khazanah", "Islam Digest", "Ekonomi", "Internasional", "Sepakbola", "Leisure", "Analisis", "Pilkada"]) + '</ul></nav></header>',
         '<div class="container"><div class="row"><div class="col-md-8 main-content">',
         f'<div class="breadcome"><ul><li><a href="https://www.republika.co.id">Home</a></li><li><a href="https://{page["kanal"].lower()}.republika.co.id">{page["kanal"]}</a></li>'
         f'<li><a href="#">{page["subkanal"]}</a></li></ul></div>',
         f'<div class="max-card__title"><h1>{esc(title)}</h1></div>',
         f'<div class="date-detail"><span>{w.day} {w.dd} {w.mon} {w.y} {w.hm} {w.zone}</span></div>']
    if page.get("redline"):
        b.append(f'<div class="wrap-detail"><div class="red-author"><span>{page["redline"]}</span></div></div>')
    b.append('<div class="share-top"><a href="#" class="fb">Facebook</a> <a href="#" class="tw">Twitter</a> <a href="#" class="wa">WhatsApp</a> <a href="#" class="copy">Salin</a></div>')
    b.append(f'<div class="wrap-img"><img src="{img}" alt="{esc(title)}"><div class="caption"><span class="credit-foto">{esc(page["photo_credit"])}</span><br>{esc(page["photo"])}</div></div>')
    b.append('<div class="article-content" id="article-content">')
    for line in page.get("bio", []):
        b.append(f"<p>{line}</p>")
    for item in page["body"]:
        kind = item[0]
        if kind in GOLD_KINDS:
            b.append(gold_html(item))
        elif kind == "baca":
            heads = item[1] if isinstance(item[1], list) else [item[1]]
            b.append('<div class="baca-juga"><div class="judul-bacajuga">Baca Juga</div><ul>' + "".join(
                f'<li><a href="https://news.republika.co.id/berita/s{len(h)}x{len(h) * 7}/{"-".join(h.lower().replace(",", "").replace(":", "").split())}">{esc(h)}</a></li>'
                for h in heads) + '</ul></div>')
        elif kind == "ad":
            b.append('<div class="ads-detail-middle"><span class="ads-label">Advertisement</span><div id="div-gpt-ad-middle"></div></div>')
        elif kind == "simak":
            b.append(f"<p>{esc(item[1])}</p>")
    b.append('</div>')
    if page.get("paging"):
        b.append(f'<div class="pagination-nav"><span>Halaman 1 / 2</span> <a href="{page["url"]}-part2" class="next">Selanjutnya</a></div>')
    b.append('<div class="google-news-follow"><p>Dapatkan Update Berita Republika <a href="https://whatsapp.com/channel/republika">Follow WhatsApp Channel</a> <a href="https://news.google.com">Google News</a></p></div>')
    b.append('<div class="tag-wrapper"><span>Topik Terkait:</span> ' + "".join(f'<a href="https://www.republika.co.id/tag/{t.replace(" ", "-")}" class="tag-item">{esc(t)}</a> ' for t in page["tags"]) + '</div>')
    b.append('<div class="related-news"><div class="title-section"><h2>Berita Terkait</h2></div><ul class="list-related">' + "".join(
        f'<li><a href="#"><span class="title-related">{esc(r)}</span></a></li>' for r in page["related"]) + '</ul></div>')
    b.append('<div class="comment-area" id="disqus_thread"><h3>Komentar</h3><p>Komentar sepenuhnya menjadi tanggung jawab pembaca. Silakan berdiskusi dengan sopan.</p></div>')
    b.append('<script>var disqus_config = function () { this.page.url = "%s"; };</script>' % page["url"])
    b.append('</div>')
    b.append('<div class="col-md-4 sidebar"><div class="terpopuler"><h2 class="title-section">Terpopuler</h2><ol>' + "".join(
        f'<li><a href="#">{esc(r)}</a></li>' for r in page["popular"]) + '</ol></div>'
        '<div class="ads-sidebar"><div id="div-gpt-ad-sidebar"></div></div>'
        '<div class="pilihan-editor"><h2 class="title-section">Pilihan Untuk Anda</h2><ul>' + "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in page["picks"]) + '</ul></div></div>')
    b.append('</div></div>')
    b.append('<footer class="footer"><div class="container"><ul class="footer-menu"><li><a href="#">Tentang Kami</a></li><li><a href="#">Redaksi</a></li>'
             '<li><a href="#">Pedoman Media Siber</a></li><li><a href="#">Info Iklan</a></li><li><a href="#">Kebijakan Privasi</a></li></ul>'
             '<p class="copyright">Copyright &copy; 2024 Republika Online, All Rights Reserved</p></div></footer>')
    b.append('</body>\n</html>\n')
    return "\n".join(head + b)


PAGES = []

PAGES.append(dict(
    name="republika-depok-lurah-bawa-warga",
    kanal="News",
    subkanal="Jabodetabek",
    meta={"author", "published_time", "canonical", "jsonld"},
    title="Lurah di Depok Diingatkan tak Bawa Warga ke Acara Paslon",
    author="Fauziah Nurjannah Syam",
    published="2024-10-09T14:12:00+07:00",
    url="https://news.republika.co.id/berita/sl2m8x414/lurah-di-depok-diingatkan-tak-bawa-warga-ke-acara-paslon",
    site="republika.co.id",
    redline="Rep: Fauziah Nurjannah Syam/ Red: Mansyur Faqih Hamdani",
    photo_credit="Foto: Republika/Fauziah Nurjannah",
    photo="Kantor Kelurahan di Kota Depok, Jawa Barat.",
    tags=["depok", "lurah", "netralitas asn", "pilkada depok"],
    related=["Bawaslu Depok Buka Posko Aduan di Setiap Kecamatan", "Pj Wali Kota Depok Larang Camat Hadiri Kampanye"],
    popular=["Jadwal KRL Depok-Jakarta Hari Ini", "Banjir di Margonda Surut", "Harga Daging Ayam di Depok Naik"],
    picks=["Tips Memilih Calon Kepala Daerah", "Sejarah Pilkada Langsung di Indonesia"],
    body=[
        ("p", "<strong>REPUBLIKA.CO.ID, DEPOK --</strong> Sekretaris Daerah (Sekda) Kota Depok, Mulyadi Kusumah Atmaja, mengingatkan seluruh lurah di Kota Depok untuk tidak mengerahkan warga ke acara pasangan calon wali kota dan wakil wali kota selama masa kampanye Pilkada 2024."),
        ("p", "Peringatan itu disampaikan Mulyadi dalam rapat koordinasi dengan camat dan lurah se-Kota Depok di Balai Kota, Rabu (9/10/2024). Menurut dia, Pemkot Depok menerima informasi adanya pengerahan warga oleh oknum aparatur kelurahan ke sebuah acara kampanye di Kecamatan Sukmajaya."),
        ("p", "\"Lurah itu ASN. Mengajak warga, apalagi menyediakan kendaraan untuk datang ke acara calon, itu jelas tidak boleh,\" kata Mulyadi."),
        ("baca", ["Bawaslu Depok Buka Posko Aduan di Setiap Kecamatan", "Pj Wali Kota Depok Larang Camat Hadiri Kampanye"]),
        ("p", "Mulyadi meminta para camat mengawasi lurah di wilayahnya masing-masing. Ia juga meminta lurah berhati-hati menggunakan grup percakapan warga yang dikelola kelurahan agar tidak dipakai untuk menyebarkan materi kampanye."),
        ("p", "Menurut Mulyadi, Inspektorat Kota Depok akan memeriksa informasi pengerahan warga tersebut. Jika terbukti, lurah yang bersangkutan akan dilaporkan ke Bawaslu dan dijatuhi hukuman disiplin sesuai ketentuan."),
        ("ad",),
        ("p", "Ketua Bawaslu Kota Depok, Rahmat Syarif Hidayat, mengatakan pihaknya juga telah menerima laporan serupa dari warga. Laporan itu kini dalam tahap kajian untuk memastikan terpenuhinya syarat formil dan materiil."),
        ("p", "\"Kami minta pelapor melengkapi bukti, termasuk siapa yang mengajak dan bagaimana warga diangkut ke lokasi acara,\" ujar Rahmat."),
        ("p", "Rahmat menambahkan, aparatur kelurahan seperti ketua RT dan RW yang bukan ASN tidak terikat aturan netralitas yang sama. Namun, mereka tetap tidak boleh menggunakan fasilitas pemerintah untuk kegiatan kampanye."),
    ],
))

PAGES.append(dict(
    name="republika-bengkulu-pj-gubernur-penonton",
    kanal="News",
    subkanal="Nusantara",
    meta={"author", "published_time", "canonical"},
    charset="ISO-8859-1",
    http_equiv=True,
    paging=True,
    title="Pj Gubernur Bengkulu: ASN Jangan Jadi Penonton yang Ikut Bersorak",
    author="Muhammad Zuhri Hasibuan",
    published="2024-10-17T16:30:00+07:00",
    url="https://news.republika.co.id/berita/slk2q3457/pj-gubernur-bengkulu-asn-jangan-jadi-penonton-yang-ikut-bersorak",
    site="republika.co.id",
    redline="Rep: Muhammad Zuhri Hasibuan/ Red: Agus Yulianto Prabowo",
    photo_credit="Foto: Republika/Muhammad Zuhri",
    photo="Pj Gubernur Bengkulu memberikan arahan kepada ASN Pemprov Bengkulu.",
    tags=["bengkulu", "netralitas asn", "pj gubernur", "pilkada bengkulu"],
    related=["Bawaslu Bengkulu Catat 14 Dugaan Pelanggaran Netralitas", "KPU Bengkulu Gelar Debat Kedua Pilgub"],
    popular=["Pantai Panjang Bengkulu Dipadati Pengunjung", "Harga Kopi Robusta Bengkulu Naik", "Jalan Lintas Barat Sumatera Longsor"],
    picks=["Mengenal Tabot, Tradisi Bengkulu", "Sejarah Benteng Marlborough"],
    body=[
        ("p", "<strong>REPUBLIKA.CO.ID, BENGKULU --</strong> Penjabat (Pj) Gubernur Bengkulu, Hendrik Syamsuri Alamsyah, meminta aparatur sipil negara (ASN) di lingkungan Pemerintah Provinsi Bengkulu tidak bersikap seperti penonton pertandingan yang ikut bersorak untuk salah satu kubu dalam Pilkada 2024."),
        ("p", "Pesan itu disampaikan Hendrik saat memimpin apel pagi di halaman Kantor Gubernur Bengkulu, Kamis (17/10/2024). Apel diikuti sekitar 900 ASN dari berbagai organisasi perangkat daerah."),
        ("p", "“ASN itu panitia pertandingan, bukan suporter. Panitia yang ikut bersorak untuk satu tim pasti dicurigai curang,” kata Hendrik."),
        ("p", "Menurut Hendrik, perumpamaan itu sengaja ia pilih karena banyak ASN menganggap dukungan di media sosial sebagai urusan pribadi. Padahal, kata dia, masyarakat tidak bisa memisahkan status ASN seseorang dari unggahan yang dibuatnya."),
        ("baca", ["Bawaslu Bengkulu Catat 14 Dugaan Pelanggaran Netralitas"]),
        ("h3", "Empat larangan yang ditegaskan"),
        ("p", "Dalam apel tersebut, Hendrik menegaskan empat larangan bagi ASN selama masa kampanye. Pertama, ASN dilarang hadir dalam kampanye, kecuali sebagai warga yang menggunakan hak pilih pada hari pemungutan suara."),
        ("p", "Kedua, ASN dilarang menggunakan atribut pasangan calon, termasuk memasang foto profil bernuansa dukungan di media sosial. Ketiga, ASN dilarang menggunakan fasilitas kantor untuk kepentingan pasangan calon. Keempat, ASN dilarang membuat kebijakan yang menguntungkan atau merugikan salah satu pasangan calon."),
        ("p", "Ia menambahkan, ASN yang melanggar larangan tersebut tidak hanya berhadapan dengan Bawaslu, tetapi juga dengan sanksi disiplin dari pemerintah provinsi."),
        ("ad",),
        ("h3", "Cerita dari Pilkada sebelumnya"),
        ("p", "Hendrik lalu mengisahkan pengalamannya ketika menjabat kepala dinas di salah satu kabupaten pada pilkada sebelumnya. Saat itu, kata dia, sejumlah pejabat yang terang-terangan mendukung calon tertentu justru tersingkir setelah pilkada usai."),
        ("quote", "“Yang menang merasa tidak butuh, yang kalah merasa dikhianati. Ujung-ujungnya ASN itu sendiri yang rugi. Karier yang dibangun dua puluh tahun bisa habis dalam satu musim pilkada.”"),
        ("p", "Kisah itu, menurut Hendrik, menunjukkan bahwa netralitas bukan hanya kewajiban hukum, tetapi juga perlindungan bagi ASN sendiri. Birokrasi yang netral, kata dia, akan tetap bekerja dengan tenang siapa pun kepala daerah yang terpilih."),
        ("p", "Kepala Badan Kepegawaian Daerah Provinsi Bengkulu, Rosmaini Effendi, menambahkan bahwa pihaknya telah membentuk tim pemantau media sosial ASN. Tim itu bekerja sama dengan Dinas Komunikasi dan Informatika untuk memantau akun-akun ASN yang terindikasi mengunggah konten politik."),
        ("p", "“Sejauh ini ada tujuh ASN yang sudah kami panggil untuk pembinaan karena mengunggah ulang konten calon. Semuanya sudah menghapus unggahan dan membuat surat pernyataan,” kata Rosmaini."),
        ("p", "Ia menegaskan, pembinaan itu tidak menghapus kemungkinan sanksi apabila Bawaslu kemudian mengeluarkan rekomendasi. BKD, kata dia, akan menindaklanjuti setiap rekomendasi sesuai ketentuan dalam peraturan disiplin pegawai negeri sipil."),
        ("p", "Provinsi Bengkulu menggelar pemilihan gubernur serentak dengan pemilihan bupati dan wali kota di sepuluh kabupaten dan kota. Pemungutan suara dijadwalkan pada 27 November 2024, dengan jumlah pemilih tetap lebih dari 1,4 juta orang."),
    ],
))

PAGES.append(dict(
    name="republika-analisis-birokrasi-netral-bukan-bisu",
    kanal="Analisis",
    subkanal="Kolom",
    meta={"canonical"},
    title="Birokrasi Netral Bukan Birokrasi Bisu",
    author="Nur Aisyah Lubis",
    published="2024-11-05T06:00:00+07:00",
    url="https://analisis.republika.co.id/berita/sm1r6k318/birokrasi-netral-bukan-birokrasi-bisu",
    site="republika.co.id",
    bio=["<strong>Oleh : Nur Aisyah Lubis</strong>",
         "<em>Dosen Administrasi Publik Universitas Islam Riau, peneliti tata kelola pemerintahan daerah</em>"],
    photo_credit="Foto: Republika",
    photo="Ilustrasi aparatur sipil negara.",
    tags=["netralitas asn", "birokrasi", "pilkada 2024", "kolom"],
    related=["Menjaga Birokrasi dari Politik Balas Budi", "Pilkada dan Ujian Profesionalisme ASN"],
    popular=["Jadwal Libur Pilkada 27 November", "Mengenal Sistem Merit dalam ASN", "Tafsir Surah Al-Hujurat Ayat 13"],
    picks=["Opini: Pilkada dan Politik Identitas", "Kolom: Desa dan Demokrasi Lokal"],
    body=[
        ("p", "Setiap musim pilkada, kata netralitas kembali menjadi mantra yang diulang-ulang di apel pagi, surat edaran, dan spanduk di halaman kantor pemerintah. Aparatur sipil negara diminta menjaga jarak dari politik praktis, tidak mengunggah dukungan, tidak hadir di kampanye, dan tidak berfoto dengan gaya jari tertentu. Semua itu penting dan benar."),
        ("p", "Namun, di lapangan saya menjumpai gejala yang jarang dibicarakan: birokrasi yang saking takutnya dianggap tidak netral, memilih diam dalam segala hal. Kepala dinas enggan menjelaskan data kemiskinan karena angka itu dipakai salah satu calon dalam debat. Camat menolak memberi keterangan soal jalan rusak karena khawatir dianggap menyerang petahana. Guru tidak berani membahas pentingnya memilih di kelas karena takut dituduh mengarahkan murid."),
        ("p", "Netralitas yang dipahami seperti ini keliru. Birokrasi yang netral tidak sama dengan birokrasi yang bisu."),
        ("h2", "Netral terhadap calon, bukan terhadap publik"),
        ("p", "Undang-Undang ASN meletakkan netralitas sebagai salah satu asas penyelenggaraan kebijakan dan manajemen ASN. Maknanya, pegawai negeri tidak berpihak dari segala bentuk pengaruh mana pun dan tidak memihak kepada kepentingan siapa pun. Frasa kuncinya adalah tidak memihak, bukan tidak berbicara."),
        ("p", "ASN tetap wajib memberikan pelayanan informasi kepada publik, termasuk di masa kampanye. Data resmi tentang anggaran, capaian program, dan kondisi infrastruktur adalah milik publik. Ketika data itu dibutuhkan warga untuk menilai klaim para calon, birokrasi justru berkewajiban menyediakannya secara utuh, kepada siapa pun yang meminta, dengan cara yang sama."),
        ("p", "Yang dilarang adalah memilih-milih: membuka data untuk tim satu calon dan menutupnya bagi yang lain, atau menyajikan angka yang dipoles untuk menguntungkan petahana. Di situlah garis netralitas berada."),
        ("p", "Hal yang sama berlaku bagi pelayanan. Kantor kecamatan wajib melayani permohonan izin keramaian dari tim kampanye mana pun dengan prosedur yang sama. Puskesmas wajib melayani warga tanpa menanyakan stiker di motor mereka. Sekolah wajib menerima siswa tanpa memandang pilihan politik orang tuanya. Netralitas, dalam pengertian ini, adalah soal keadilan pelayanan, bukan soal menutup mulut."),
        ("p", "Persoalannya, pesan yang sampai ke pegawai di lapangan sering kali terpotong. Yang terdengar hanya larangan, tanpa penjelasan tentang kewajiban. Akibatnya, sebagian pegawai menganggap cara paling aman untuk netral adalah tidak melayani sama sekali ketika ada permintaan yang berkaitan dengan kegiatan politik, sekalipun permintaan itu sah menurut aturan."),
        ("h2", "Ketakutan yang lahir dari penegakan yang tidak konsisten"),
        ("p", "Mengapa banyak ASN memilih bungkam? Salah satu penyebabnya adalah penegakan aturan yang tidak konsisten. Di satu daerah, ASN yang sekadar menekan tombol suka pada unggahan calon dijatuhi sanksi. Di daerah lain, kepala dinas yang menggerakkan bawahannya ke acara kampanye lolos karena dekat dengan kepala daerah."),
        ("p", "Ketidakpastian itu melahirkan sikap serba hati-hati yang berlebihan. Pegawai di level bawah, yang paling mudah dikorbankan, memilih tidak melakukan apa pun yang bisa ditafsirkan politis. Sementara itu, pelanggaran yang sistematis justru sering dilakukan oleh mereka yang punya kuasa dan perlindungan."),
        ("p", "Dalam penelitian kecil yang saya lakukan bersama mahasiswa di tiga kabupaten di Riau, mayoritas responden ASN mengaku lebih takut pada atasan daripada pada Bawaslu. Mereka merasa sanksi dari pengawas pemilu bisa dihadapi, tetapi kemarahan atasan bisa menentukan nasib karier bertahun-tahun."),
        ("p", "Temuan lain yang cukup mengejutkan: hampir separuh responden tidak dapat menyebutkan dengan benar apa saja yang boleh dan tidak boleh mereka lakukan selama masa kampanye. Mereka hafal slogan netralitas, tetapi tidak memahami rinciannya. Banyak yang mengira menghadiri pengajian yang kebetulan diisi sambutan calon otomatis merupakan pelanggaran, sementara sebagian lain tidak tahu bahwa mengunggah ulang foto baliho calon sudah dapat dikenai sanksi."),
        ("p", "Kebingungan seperti ini bukan kesalahan pegawai semata. Sosialisasi netralitas selama ini lebih sering berbentuk apel massal dan penandatanganan pakta integritas yang berlangsung singkat. Pegawai pulang membawa selembar kertas, tetapi tidak membawa pemahaman."),
        ("h3", "Birokrasi sebagai penjaga informasi publik"),
        ("p", "Ada satu peran birokrasi yang sering terlupakan di musim pilkada, yaitu sebagai penjaga informasi publik yang dapat dipercaya. Di tengah banjir klaim para kandidat, warga membutuhkan rujukan yang netral: berapa sebenarnya angka kemiskinan, berapa kilometer jalan yang sudah diperbaiki, berapa sekolah yang rusak. Rujukan itu hanya bisa datang dari birokrasi yang profesional."),
        ("p", "Jika birokrasi memilih diam, ruang itu akan diisi oleh klaim-klaim yang saling bertentangan tanpa ada yang bisa memverifikasi. Pada akhirnya, yang dirugikan adalah pemilih yang kehilangan pegangan untuk menilai calon secara rasional."),
        ("h2", "Apa yang perlu dibenahi"),
        ("p", "Pertama, pedoman netralitas perlu memuat bukan hanya daftar larangan, tetapi juga daftar kewajiban yang tetap harus dijalankan ASN selama pilkada. Pegawai perlu tahu bahwa menjawab pertanyaan wartawan tentang capaian program, memberikan data kepada semua tim kampanye secara setara, atau mendorong warga datang ke TPS bukanlah pelanggaran."),
        ("p", "Kedua, penegakan aturan harus dimulai dari atas. Sanksi terhadap pejabat pimpinan tinggi yang memobilisasi bawahan akan jauh lebih mendidik daripada puluhan sanksi untuk guru honorer yang keliru menekan tombol di media sosial."),
        ("p", "Ketiga, pejabat pembina kepegawaian yang mengabaikan rekomendasi sanksi harus dimintai pertanggungjawaban. Tanpa itu, rekomendasi Bawaslu dan BKN hanya akan menjadi tumpukan surat di meja kepala daerah."),
        ("p", "Keempat, ASN perlu diberi saluran aman untuk menolak perintah yang melanggar netralitas. Banyak pegawai sebenarnya ingin menolak, tetapi tidak tahu harus mengadu ke mana tanpa dirugikan."),
        ("p", "Kelima, pendidikan netralitas tidak boleh berhenti pada sosialisasi satu arah menjelang pilkada. Netralitas perlu menjadi bagian dari pelatihan dasar dan pelatihan kepemimpinan ASN, lengkap dengan studi kasus nyata tentang di mana garisnya berada dan bagaimana menolak tekanan dengan cara yang aman."),
        ("h2", "Belajar dari daerah yang berhasil"),
        ("p", "Tidak semua cerita tentang birokrasi di musim pilkada bernada muram. Di salah satu kabupaten yang kami teliti, sekretaris daerah mengambil langkah sederhana namun efektif: semua permintaan data dari tim kampanye dicatat dalam satu buku register, dijawab dalam batas waktu yang sama, dan salinannya diumumkan di laman resmi pemerintah daerah."),
        ("p", "Langkah itu memecahkan dua masalah sekaligus. Tim kampanye mendapatkan data yang mereka perlukan, sementara pegawai yang menyiapkan data terlindungi dari tuduhan berpihak. Tidak ada lagi kepala bidang yang ketakutan ketika ditelepon oleh seseorang yang mengaku dari tim pemenangan."),
        ("p", "Di kabupaten lain, inspektorat membuka jalur konsultasi netralitas. ASN yang ragu apakah suatu tindakan melanggar aturan dapat bertanya lebih dulu, tanpa harus khawatir pertanyaannya dianggap pengakuan bersalah. Dalam dua bulan, jalur itu menerima lebih dari seratus pertanyaan, sebagian besar soal media sosial dan undangan acara keluarga yang dihadiri calon."),
        ("quote", "\"Dulu kami bingung sendiri. Sekarang setidaknya ada tempat bertanya sebelum melangkah,\" kata seorang kepala seksi yang kami wawancarai."),
        ("p", "Pengalaman semacam ini menunjukkan bahwa netralitas bisa dikelola sebagai sistem, bukan semata-mata diserahkan kepada keberanian atau ketakutan masing-masing pegawai."),
        ("h2", "Media sosial dan wilayah abu-abu"),
        ("p", "Tantangan terbesar saat ini barangkali ada di media sosial. Batas antara ruang pribadi dan ruang publik nyaris hilang. Seorang guru yang membagikan unggahan tentang perbaikan jalan di desanya bisa dituduh berkampanye jika unggahan itu kebetulan berasal dari akun calon petahana."),
        ("p", "Pedoman yang ada sudah melarang ASN memberikan tanda suka, mengomentari, dan membagikan konten pasangan calon. Namun, di lapangan masih banyak wilayah abu-abu yang membuat pegawai memilih cara paling aman: tidak menulis apa pun tentang urusan publik. Padahal, sebagian ASN, terutama tenaga kesehatan dan penyuluh, justru dibutuhkan suaranya untuk menyebarkan informasi layanan pemerintah."),
        ("p", "Di sinilah pentingnya pembedaan yang tegas antara informasi layanan dan promosi calon. Informasi tentang jadwal imunisasi atau pendaftaran bantuan tetap harus disebarkan. Yang tidak boleh adalah mengaitkannya dengan nama, wajah, atau slogan pasangan calon mana pun."),
        ("h2", "Penutup"),
        ("p", "Pilkada 27 November tinggal hitungan minggu. Birokrasi kita punya pilihan: bersembunyi di balik kata netral, atau menjalankan netralitas dengan makna sebenarnya, yaitu melayani semua warga dan semua calon secara setara. Pilihan kedua lebih sulit, tetapi hanya itu yang membuat birokrasi dipercaya publik, siapa pun yang kelak memimpin daerah."),
    ],
))
