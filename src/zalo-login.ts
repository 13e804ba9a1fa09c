import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadZcaJs, type PersonalLogin } from "./channels/zalo-personal/api.js";
import { saveCredentials } from "./channels/zalo-personal/credentials.js";
import { pngQrToTerminal } from "./channels/zalo-personal/qr-terminal.js";
import { ConfigError, loadConfig, type Config } from "./config.js";

/**
 * `npm run zalo:login`: logs the dedicated personal Zalo account of the EXPERIMENTAL channel in by QR code.
 * Shows the QR in the terminal and saves it as a PNG (for terminals that cannot show it), waits for the scan on
 * the phone, and stores the session encrypted with ZALO_PERSONAL_KEY. Nothing secret is printed.
 */
export async function zaloLogin(config: Config, login: PersonalLogin, write: (line: string) => void): Promise<number> {
  const key = config.secrets.zaloPersonalKey;
  if (!key) throw new ConfigError("ZALO_PERSONAL_KEY", "cần để mã hóa phiên đăng nhập / required to encrypt the saved session");
  const { credentialsFile, qrFile } = config.zaloPersonal;
  write("CẢNH BÁO / WARNING: kênh thử nghiệm qua tài khoản Zalo cá nhân (zca-js, không chính thức). Zalo có thể khóa tài khoản; điều khoản của Zalo cấm ứng dụng không chính thức. Chỉ dùng một tài khoản riêng cho bot.");
  let saved = false;
  await login.loginQR((event) => {
    switch (event.type) {
      case "qr": {
        const png = Buffer.from(event.imageBase64, "base64");
        mkdirSync(path.dirname(qrFile), { recursive: true });
        writeFileSync(qrFile, png);
        const terminal = pngQrToTerminal(png);
        if (terminal) write(terminal);
        write(`Quét mã QR bằng ứng dụng Zalo trên điện thoại / scan the QR code with the Zalo app. PNG: ${qrFile}`);
        break;
      }
      case "expired":
        write("Mã QR hết hạn, đang tạo mã mới / the QR code expired, making a new one");
        break;
      case "scanned":
        write(`Đã quét: ${event.displayName}. Xác nhận trên điện thoại / scanned: confirm on the phone`);
        break;
      case "declined":
        write("Đăng nhập bị từ chối trên điện thoại / login declined on the phone");
        break;
      case "credentials":
        saveCredentials(credentialsFile, event.credentials, key);
        saved = true;
        break;
    }
  });
  if (!saved) {
    write("Không nhận được phiên đăng nhập / no session was received");
    return 1;
  }
  write(`Đã lưu phiên đăng nhập (mã hóa) / session saved (encrypted): ${credentialsFile}`);
  return 0;
}

if (process.argv[1] && /zalo-login\.(ts|js)$/.test(process.argv[1])) {
  try {
    const code = await zaloLogin(loadConfig(), await loadZcaJs(), (line) => process.stdout.write(`${line}\n`));
    process.exit(code);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `zalo:login: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
