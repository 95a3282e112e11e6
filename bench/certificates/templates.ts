/**
 * HTML and CSS of the certificate layouts, the red seal, and the scenes a
 * certificate is photographed in. The layouts are "-style" drawings of common
 * kinds of certificate, not any platform's real one (its fields are not known).
 */
import { chineseDate, FONT_FAMILIES, printedPeriod, type CertificateContent, type FontStyle, type Layout, type PhotoSettings } from './model';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Pixel size of a layout's page (A4 at 96 dpi, landscape for the training certificate; a phone's viewport). */
export function pageSize(layout: Layout): { width: number; height: number } {
  if (layout === 'landscape') return { width: 1123, height: 794 };
  if (layout === 'phoneRecord') return { width: 390, height: 844 };
  return { width: 794, height: 1123 };
}

const RED = '#d81e1e';

/** A round red seal: ring, star, the organisation's name on an arc, 专用章 below. */
export function sealSvg(name: string, size = 170): string {
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 26 : 10.5;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(100 + r * Math.cos(a)).toFixed(1)},${(100 + r * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="${size}" height="${size}">
  <defs><path id="seal-arc" d="M 36 118 A 66 66 0 1 1 164 118"/></defs>
  <circle cx="100" cy="100" r="92" fill="none" stroke="${RED}" stroke-width="6"/>
  <polygon points="${star}" fill="${RED}"/>
  <text font-family="AR PL UMing CN, WenQuanYi Zen Hei, serif" font-size="${name.length > 10 ? 17 : 21}" font-weight="bold" fill="${RED}" letter-spacing="1"><textPath href="#seal-arc" startOffset="50%" text-anchor="middle">${escape(name)}</textPath></text>
  <text x="100" y="158" font-family="AR PL UMing CN, WenQuanYi Zen Hei, serif" font-size="17" fill="${RED}" text-anchor="middle">培训专用章</text>
</svg>`;
}

/** How a seal sits over the text: partly see-through, multiplied with the ink below (as stamped ink is). */
function sealBlock(name: string, turn: number, where: string, sealImage: string | null): string {
  const inner = sealImage === null ? sealSvg(name) : `<img src="${sealImage}" width="170" height="170" alt="">`;
  return `<div class="seal" style="${where};transform:rotate(${turn}deg)">${inner}</div>`;
}

function periodLabel(content: CertificateContent): string {
  if (content.startDate === content.endDate) return '培训日期';
  return ['培训时间', '学习时间', '起止日期'][content.title.length % 3] as string;
}

function amountLine(content: CertificateContent, table = false): [string, string] {
  const { unit, figure } = content.amount;
  if (!table) return [unit, figure];
  return [unit === '学时' ? '培训学时' : unit === '课时' ? '课时数' : '学分', figure];
}

function studyLines(content: CertificateContent): [string, string][] {
  const lines: [string, string][] = [];
  if (content.kind !== null) lines.push(['科目类别', content.kind === 'public' ? '公需科目' : '专业科目']);
  if (content.manner !== null) lines.push(['学习方式', content.manner === 'online' ? '在线学习' : '面授']);
  return lines;
}

function base(font: FontStyle, width: number, height: number, css: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: ${width}px ${height}px; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
#cert { position: relative; width: ${width}px; height: ${height}px; overflow: hidden; box-sizing: border-box; background: #fffdf8; color: #1b1b1b; font-family: '${FONT_FAMILIES[font].family}', serif; }
.seal { position: absolute; opacity: 0.82; mix-blend-mode: multiply; pointer-events: none; }
.seal svg, .seal img { display: block; }
${css}
</style></head><body><div id="cert">${body}</div></body></html>`;
}

const row = ([label, value]: [string, string]) => `<p class="row"><span class="label">${escape(label)}：</span><span>${escape(value)}</span></p>`;

function sentenceAmount(content: CertificateContent): string {
  return content.amount.phrasing === 'sentence' ? `，共计${content.amount.figure}${content.amount.unit}` : '';
}

/** A platform-style 学时证明: a heading and labelled lines. */
function platformProof(content: CertificateContent, font: FontStyle, seal: string): string {
  const lines: [string, string][] = [
    ['姓名', content.person],
    [content.titleLabel, content.title],
    [periodLabel(content), printedPeriod(content.startDate, content.endDate, content.dateForm)],
    ...(content.amount.phrasing === 'label' ? [amountLine(content)] : []),
    ...studyLines(content),
    [content.providerLabel, content.provider],
    ...(content.number ? [['证书编号', content.number] as [string, string]] : []),
  ];
  const sentence = content.amount.phrasing === 'sentence' ? `<p class="lead">该同志已完成上述继续教育${sentenceAmount(content).slice(1)}，特此证明。</p>` : '<p class="lead">特此证明。</p>';
  return base(
    font,
    794,
    1123,
    `#cert { padding: 110px 100px; }
h1 { text-align: center; font-size: 40px; letter-spacing: 6px; margin: 0 0 70px; }
.row { font-size: 24px; margin: 0 0 22px; line-height: 1.5; }
.label { display: inline-block; min-width: 120px; }
.lead { font-size: 24px; margin: 40px 0 0; text-indent: 2em; }
.sign { position: absolute; right: 110px; bottom: 170px; font-size: 24px; text-align: right; line-height: 1.8; }`,
    `<h1>继续教育学时证明</h1>${lines.map(row).join('')}${sentence}
<div class="sign"><p class="row">${escape(content.provider)}</p><p class="row">发证日期：${chineseDate(content.issueDate)}</p></div>${seal}`,
  );
}

/** A 结业证书 with an ornamental border and the facts in one sentence. */
function completion(content: CertificateContent, font: FontStyle, seal: string): string {
  const period = printedPeriod(content.startDate, content.endDate, content.dateForm);
  const extra = [...(content.amount.phrasing === 'label' ? [amountLine(content)] : []), ...studyLines(content), ...(content.number ? [['证书编号', content.number] as [string, string]] : [])];
  return base(
    font,
    794,
    1123,
    `#cert { padding: 60px; }
.frame { position: absolute; inset: 28px; border: 14px solid transparent; border-image: repeating-linear-gradient(45deg, #b8860b 0 10px, #f3d98b 10px 20px, #8b1a1a 20px 26px) 14; }
.frame::after { content: ''; position: absolute; inset: 10px; border: 3px double #8b1a1a; }
.corner { position: absolute; width: 60px; height: 60px; border: 6px solid #8b1a1a; border-radius: 50%; background: radial-gradient(circle, #f3d98b 30%, transparent 32%); }
h1 { text-align: center; font-size: 64px; letter-spacing: 24px; margin: 120px 0 80px; color: #8b1a1a; }
.body { font-size: 27px; line-height: 2.1; margin: 0 70px; }
.body p { margin: 0; }
.indent { text-indent: 2em; }
.row { font-size: 24px; margin: 14px 70px 0; }
.sign { position: absolute; right: 130px; bottom: 170px; font-size: 26px; text-align: center; line-height: 1.9; }`,
    `<div class="frame"></div><div class="corner" style="left:20px;top:20px"></div><div class="corner" style="right:20px;top:20px"></div><div class="corner" style="left:20px;bottom:20px"></div><div class="corner" style="right:20px;bottom:20px"></div>
<h1>结业证书</h1><div class="body"><p>${escape(content.person)} 同志：</p><p class="indent">于${escape(period)}参加了《${escape(content.title)}》培训${sentenceAmount(content)}，经考核合格，准予结业。</p></div>
${extra.map(row).join('')}<p class="row">${escape(content.providerLabel)}：${escape(content.provider)}</p>
<div class="sign"><p>${escape(content.provider)}</p><p>${chineseDate(content.issueDate)}</p></div>${seal}`,
  );
}

/** A training certificate in landscape: a heading, a short line, the facts in two columns. */
function landscape(content: CertificateContent, font: FontStyle, seal: string): string {
  const left: [string, string][] = [
    [content.titleLabel, content.title],
    [periodLabel(content), printedPeriod(content.startDate, content.endDate, content.dateForm)],
    ...(content.amount.phrasing === 'label' ? [amountLine(content)] : []),
    ...studyLines(content),
    [content.providerLabel, content.provider],
  ];
  const sentence = content.amount.phrasing === 'sentence' ? `完成继续教育培训${sentenceAmount(content).slice(1)}` : '经考核合格';
  return base(
    font,
    1123,
    794,
    `#cert { padding: 70px 110px; background: linear-gradient(135deg, #fffdf5, #f4efe0); border: 18px solid #1f4e79; }
h1 { text-align: center; font-size: 56px; letter-spacing: 20px; margin: 10px 0 40px; color: #1f4e79; }
.lead { font-size: 26px; margin: 0 0 30px; }
.row { font-size: 24px; margin: 0 0 16px; }
.foot { position: absolute; left: 110px; right: 110px; bottom: 70px; display: flex; justify-content: space-between; font-size: 22px; }
.foot p { margin: 0; }`,
    `<h1>培训证书</h1><p class="lead">兹证明 ${escape(content.person)} 同志${sentence}，特发此证。</p>${left.map(row).join('')}
<div class="foot"><p>${content.number ? `证书编号：${escape(content.number)}` : ''}</p><p>发证日期：${chineseDate(content.issueDate)}</p></div>${seal}`,
  );
}

/** A 学时登记表-style table: one label cell and one value cell a row. */
function registerTable(content: CertificateContent, font: FontStyle, seal: string): string {
  const titleLabel = content.titleLabel === '项目' ? '项目名称' : content.titleLabel;
  const rows: [string, string][] = [
    ['姓名', content.person],
    [titleLabel, content.title],
    ['培训时间', printedPeriod(content.startDate, content.endDate, content.dateForm)],
    amountLine(content, true),
    ...studyLines(content),
    [content.providerLabel, content.provider],
    ...(content.number ? [['证书编号', content.number] as [string, string]] : []),
  ];
  return base(
    font,
    794,
    1123,
    `#cert { padding: 100px 80px; }
h1 { text-align: center; font-size: 36px; letter-spacing: 4px; margin: 0 0 50px; }
table { width: 100%; border-collapse: collapse; font-size: 23px; }
td { border: 2px solid #222; padding: 16px 14px; }
td:first-child { width: 150px; text-align: center; background: #f1f1f1; }
.date { position: absolute; right: 100px; bottom: 200px; font-size: 23px; }`,
    `<h1>专业技术人员继续教育学时登记表</h1><table>${rows.map(([label, value]) => `<tr><td>${escape(label)}</td><td>${escape(value)}</td></tr>`).join('')}</table>
<p class="date">登记日期：${chineseDate(content.issueDate)}</p>${seal}`,
  );
}

/** A phone screenshot of a web page showing one course record (drawn 390 px wide, 3x). */
function phoneRecord(content: CertificateContent): string {
  const lines: [string, string][] = [
    ['课程名称', content.title],
    amountLine(content),
    ['学习时间', printedPeriod(content.startDate, content.endDate, content.dateForm)],
    ...studyLines(content),
    [content.providerLabel, content.provider],
    ...(content.number ? [['证书编号', content.number] as [string, string]] : []),
  ];
  return base(
    'hei',
    390,
    844,
    `#cert { background: #f2f3f5; font-size: 15px; }
.status { height: 44px; display: flex; justify-content: space-between; align-items: center; padding: 0 22px; font-size: 15px; font-weight: bold; }
.bar { height: 48px; background: #fff; display: flex; align-items: center; justify-content: center; font-size: 17px; border-bottom: 1px solid #e5e5e5; position: relative; }
.bar .back { position: absolute; left: 16px; font-size: 22px; color: #333; }
.card { background: #fff; margin: 12px; border-radius: 10px; padding: 16px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.card h2 { font-size: 18px; margin: 0 0 10px; line-height: 1.4; }
.tag { display: inline-block; background: #e8f5e9; color: #2e7d32; border-radius: 4px; padding: 2px 8px; font-size: 12px; margin-bottom: 10px; }
.row { margin: 0 0 10px; color: #333; line-height: 1.45; }
.label { color: #888; }
.button { display: block; text-align: center; background: #1677ff; color: #fff; border-radius: 20px; padding: 10px; margin-top: 14px; }
.tabs { position: absolute; left: 0; right: 0; bottom: 0; height: 56px; background: #fff; display: flex; justify-content: space-around; align-items: center; border-top: 1px solid #e5e5e5; color: #666; font-size: 12px; }`,
    `<div class="status"><span>9:41</span><span>5G ▮▮▮ 86%</span></div><div class="bar"><span class="back">‹</span>学习记录</div>
<div class="card"><h2>${escape(content.title)}</h2><span class="tag">已完成</span>${lines.map(row).join('')}<span class="button">查看证书</span></div>
<div class="tabs"><span>首页</span><span>选课</span><span>学习记录</span><span>我的</span></div>`,
  );
}

/** Where each layout's seal is stamped: over the organisation's name and the date. */
const SEAL_PLACES: Record<Exclude<Layout, 'phoneRecord'>, string> = {
  platformProof: 'right:150px;bottom:120px',
  completion: 'right:150px;bottom:110px',
  landscape: 'right:150px;bottom:30px',
  registerTable: 'right:120px;bottom:130px',
};

/** The page of one certificate; `sealImage` (a data: URL) stands in for the SVG seal in PDFs, where a real e-certificate's seal is a picture. */
export function certificateHtml(layout: Layout, content: CertificateContent, font: FontStyle, seal: { turn: number; image: string | null } | null): string {
  if (layout === 'phoneRecord') return phoneRecord(content);
  const stamp = seal === null ? '' : sealBlock(content.provider, seal.turn, SEAL_PLACES[layout], seal.image);
  if (layout === 'platformProof') return platformProof(content, font, stamp);
  if (layout === 'completion') return completion(content, font, stamp);
  if (layout === 'landscape') return landscape(content, font, stamp);
  return registerTable(content, font, stamp);
}

/** A page holding only the seal, on a transparent background (to picture it for a PDF). */
export function sealPageHtml(name: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:transparent}</style></head><body><div id="seal" style="width:170px;height:170px">${sealSvg(name)}</div></body></html>`;
}

/** The certificate (or other picture) on a table, tilted, lit unevenly and slightly out of focus. */
export function photoSceneHtml(photo: PhotoSettings, imageUrl: string): string {
  const w = photo.width;
  const h = photo.height;
  // The page fills most of the frame, as a person taking a picture of it does.
  const paperWidth = Math.round(w * (h > w ? 0.78 : 0.82));
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; width: ${w}px; height: ${h}px; overflow: hidden; }
body { background: radial-gradient(ellipse at 30% 20%, #8a6a4a, #4e3826 70%); display: flex; align-items: center; justify-content: center; perspective: ${Math.round(w * 1.2)}px; }
img { width: ${paperWidth}px; transform: rotateX(${photo.tiltX}deg) rotateY(${photo.tiltY}deg) rotateZ(${photo.turn}deg); filter: blur(${((photo.blur * w) / 1600).toFixed(2)}px) brightness(0.97); box-shadow: 0 ${Math.round(w / 150)}px ${Math.round(w / 60)}px rgba(0,0,0,.45); }
.light { position: fixed; inset: 0; pointer-events: none; mix-blend-mode: multiply; background: linear-gradient(${110 + photo.tiltX * 3}deg, rgba(255,255,255,0) 25%, rgba(40,30,20,${photo.shadow}) 100%), radial-gradient(ellipse at 75% 80%, rgba(0,0,0,${(photo.shadow * 0.6).toFixed(2)}), transparent 60%); }
</style></head><body><img src="${imageUrl}" alt=""><div class="light"></div></body></html>`;
}

/** A landscape: sky, sun, mountains, a lake and trees; no text at all. */
export function landscapeSceneHtml(width: number, height: number, variant: number): string {
  const hue = variant % 2 === 0 ? 205 : 25;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; }
.sky { position: absolute; inset: 0; background: linear-gradient(hsl(${hue},70%,55%), hsl(${hue + 20},60%,85%) 60%); }
.sun { position: absolute; left: 68%; top: 14%; width: ${width * 0.09}px; height: ${width * 0.09}px; border-radius: 50%; background: radial-gradient(#fff9d0, #ffd54f 60%, rgba(255,213,79,0) 72%); }
.m { position: absolute; left: 0; right: 0; bottom: 0; }
.m1 { height: 55%; background: linear-gradient(#5b6e7d, #3a4a57); clip-path: polygon(0 60%, 18% 20%, 33% 50%, 52% 5%, 70% 45%, 85% 25%, 100% 55%, 100% 100%, 0 100%); }
.m2 { height: 40%; background: linear-gradient(#3f6b3a, #24401f); clip-path: polygon(0 50%, 22% 30%, 40% 60%, 63% 25%, 80% 55%, 100% 35%, 100% 100%, 0 100%); }
.lake { position: absolute; left: 0; right: 0; bottom: 0; height: 18%; background: linear-gradient(hsl(${hue},45%,45%), hsl(${hue},50%,25%)); }
.tree { position: absolute; bottom: 14%; width: 0; height: 0; border-left: ${width * 0.02}px solid transparent; border-right: ${width * 0.02}px solid transparent; border-bottom: ${height * 0.14}px solid #1d3b1a; }
</style></head><body><div class="sky"></div><div class="sun"></div><div class="m m1"></div><div class="m m2"></div><div class="lake"></div>
${Array.from({ length: 9 }, (_, i) => `<div class="tree" style="left:${6 + i * 10 + (i % 3) * 2}%;transform:scale(${0.7 + (i % 4) * 0.15})"></div>`).join('')}</body></html>`;
}

/** A shop receipt: printed text, but nothing of a certificate. */
export function receiptHtml(): string {
  const items: [string, string, string][] = [
    ['苹果', '1.25kg', '12.50'],
    ['纯牛奶 250ml', '2', '9.80'],
    ['全麦面包', '1', '8.90'],
    ['鸡蛋 10枚', '1', '11.60'],
  ];
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html, body { margin: 0; background: #fff; }
#cert { width: 420px; padding: 30px 26px 60px; font-family: 'WenQuanYi Zen Hei Mono', monospace; font-size: 20px; color: #222; background: #fbfbf7; }
h1 { font-size: 26px; text-align: center; margin: 0 0 12px; }
p { margin: 6px 0; } .r { display: flex; justify-content: space-between; }
hr { border: 0; border-top: 2px dashed #555; }
</style></head><body><div id="cert"><h1>惠民超市</h1><p>销售单  收银台 03</p><hr>
${items.map(([name, qty, sum]) => `<p class="r"><span>${name}</span><span>${qty}</span><span>${sum}</span></p>`).join('')}
<hr><p class="r"><span>合计</span><span>42.80</span></p><p class="r"><span>现金</span><span>50.00</span></p><p class="r"><span>找零</span><span>7.20</span></p>
<p>2026-03-05 18:21</p><p style="text-align:center">谢谢惠顾 欢迎再来</p></div></body></html>`;
}
