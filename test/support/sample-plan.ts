/**
 * A short, clean plan for tests that need a realistic document: header with
 * issuer, number, place and date, kind and title, three sections, recipients
 * with the archive entry, and a signature. It compiles without warnings.
 */
export const SAMPLE_PLAN = `ỦY BAN NHÂN DÂN
HUYỆN GIANG THÀNH
Số: 15/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Giang Thành, ngày 25 tháng 3 năm 2024

KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2024

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao hiệu quả quản lý nhà nước.
2. Yêu cầu
- Bảo đảm tiến độ, chất lượng.
II. NHIỆM VỤ, GIẢI PHÁP
1. Phấn đấu 100% hồ sơ được xử lý trực tuyến.
2. Phòng Văn hóa và Thông tin chủ trì, phối hợp với các xã triển khai.
III. TỔ CHỨC THỰC HIỆN
Các phòng, ban, ngành triển khai thực hiện Kế hoạch này./.

Nơi nhận:
- UBND tỉnh (b/c);
- Các phòng, ban, ngành;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
`;
