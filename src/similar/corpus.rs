//! Realistic lesson documents for the 查重 benchmark: a 教学设计 (.docx, ~5,000 characters), a
//! 课件 (.pptx, ten slides), a 学习任务单 (.pdf, a CJK font that is not embedded, UniGB-UCS2-H)
//! and a 作业练习 (.docx) per lesson, in the sentences teachers write: the same formulas
//! everywhere (教师巡视并个别指导, 依托国家中小学智慧教育平台资源), each sentence made the
//! teacher's own by its content words, and the platform's template at the head of every 教学设计.
//! Seeded: the same seed writes the same words.

use std::io::Write;
use std::path::Path;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::error::Error;

const SUBJECTS: [&str; 8] = [
    "学生",
    "同学们",
    "各小组",
    "教师",
    "全班",
    "学习小组的成员",
    "每位同学",
    "师生共同",
];
const MEANS: [&str; 10] = [
    "借助实物模型",
    "通过小组合作",
    "结合生活经验",
    "利用数字化实验器材",
    "运用思维导图",
    "在真实情境中",
    "依托国家中小学智慧教育平台资源",
    "通过对比两组数据",
    "借助课件中的动画",
    "围绕驱动性问题",
];
const VERBS: [&str; 14] = [
    "观察", "讨论", "归纳", "比较", "测量", "朗读", "梳理", "验证", "记录", "交流", "推理", "想象", "概括", "辨析",
];
const GOALS: [&str; 10] = [
    "形成初步的概念",
    "发现其中的规律",
    "提高分析问题的能力",
    "体会知识之间的联系",
    "感受学习的乐趣",
    "发展空间观念",
    "增强合作意识",
    "积累表达的经验",
    "养成严谨的态度",
    "落实核心素养",
];
const TAILS: [&str; 8] = [
    "这一环节约用时八分钟",
    "教师巡视并个别指导",
    "随后请两组代表汇报",
    "最后由教师小结",
    "为下一环节做好铺垫",
    "及时给予评价和鼓励",
    "并完成学习任务单第二题",
    "教师根据反馈调整节奏",
];
/// Content words: a sentence carries four, so that two teachers share formulas but no long run.
const WORDS: &str = "课堂 情境 问题 任务 活动 材料 图片 视频 板书 表格 数据 实验 模型 作品 学案 例题 习题 单元 课时 方法 \
经验 思路 结论 规律 概念 原理 步骤 过程 结果 现象 特点 变化 关系 差异 联系 要点 难点 重点 误区 策略 角色 故事 游戏 歌曲 \
诗句 词语 句子 段落 篇章 标题 插图 地图 图表 线段 角度 面积 周长 速度 温度 质量 声音 颜色 形状 方向 位置 顺序 数量 单位 \
比例 分类 统计 概率 方程 函数 图形 符号 公式 算式 计算 估算 阅读 写作 表达 倾听 思考 质疑 探究 发现 解释 评价 反思 修改 \
展示 分享 合作 竞赛 挑战 闯关 尝试 练习 校园 家庭 社区 田野 河流 森林 城市 乡村 博物馆 图书馆 操场 菜园 实验室 科技馆 \
动物园 公园 工厂 超市 春天 秋雨 雪花 月亮 星空 海洋 沙漠 高山 小溪 桥梁 长城 故宫 丝路 航天 高铁 芯片 稻田 茶园 古诗 \
寓言 童话 神话 书信 日记 新闻 说明书 海报 演讲 辩论 采访 调查 报告 手抄报 思维图 导图 量角器 天平 温度计 放大镜 显微镜 \
磁铁 电路 灯泡 种子 叶片 根茎 花朵 昆虫 鸟类 鱼类 岩石 土壤 空气 水源 垃圾 能源 节约 环保 安全 健康 礼仪 传统 节日 \
民俗 家乡 祖国 英雄 榜样 劳动 志愿 友谊 诚信 责任 规则 法治 权利 义务 历史 朝代 文物 地名 人口 气候 地形 经度 纬度";

pub const TEMPLATE: &str = "本教学设计依据《义务教育课程方案和课程标准（2022年版）》编写，按照国家中小学智慧教育平台基础教育精品课的统一格式填写。\n\
一、教学内容分析（请说明本课时在单元中的地位和作用）\n二、学情分析（请结合学生已有的知识基础、生活经验和学习困难填写）\n\
三、教学目标与重难点（目标应具体、可测，体现核心素养的培养）\n四、教学过程（含教学环节、教师活动、学生活动和设计意图）";

/// One lesson's documents, as text (paragraphs on lines).
#[derive(Debug, Clone)]
pub struct LessonText {
    pub design: Vec<String>,
    pub slides: Vec<(String, String)>,
    pub tasks: Vec<String>,
    pub homework: Vec<String>,
}

fn sentence(rng: &mut ChaCha8Rng, words: &[&str]) -> String {
    let w = |rng: &mut ChaCha8Rng| words[rng.random_range(0..words.len())];
    format!(
        "{}{}围绕{}{}{}{}{}，在{}{}中{}，{}。",
        SUBJECTS[rng.random_range(0..SUBJECTS.len())],
        MEANS[rng.random_range(0..MEANS.len())],
        w(rng),
        w(rng),
        VERBS[rng.random_range(0..VERBS.len())],
        w(rng),
        w(rng),
        w(rng),
        w(rng),
        GOALS[rng.random_range(0..GOALS.len())],
        TAILS[rng.random_range(0..TAILS.len())],
    )
}

fn paragraph(rng: &mut ChaCha8Rng, words: &[&str], sentences: usize) -> String {
    (0..sentences).map(|_| sentence(rng, words)).collect()
}

/// A lesson's documents from a seed.
pub fn lesson(seed: u64) -> LessonText {
    let words: Vec<&str> = WORDS.split_whitespace().collect();
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let mut design = vec![TEMPLATE.to_owned()];
    design.extend((0..28).map(|_| paragraph(&mut rng, &words, 4)));
    LessonText {
        design,
        slides: (1..=10)
            .map(|k| (format!("环节{k}"), paragraph(&mut rng, &words, 2)))
            .collect(),
        tasks: (0..6).map(|_| paragraph(&mut rng, &words, 4)).collect(),
        homework: (0..4).map(|_| paragraph(&mut rng, &words, 4)).collect(),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

fn zip_file(path: &Path, parts: &[(&str, String)]) -> Result<(), Error> {
    let file = std::fs::File::create(path).map_err(|e| Error::write(path, e))?;
    let mut zip = zip::ZipWriter::new(std::io::BufWriter::new(file));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let io = |e: std::io::Error| Error::write(path, e);
    for (name, content) in parts {
        zip.start_file(*name, options)
            .map_err(|e| io(std::io::Error::other(e)))?;
        zip.write_all(content.as_bytes()).map_err(io)?;
    }
    zip.finish().map_err(|e| io(std::io::Error::other(e)))?;
    Ok(())
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>"#;

/// A .docx with these paragraphs (what Word and WPS write, less the styles).
pub fn write_docx(path: &Path, paragraphs: &[String]) -> Result<(), Error> {
    let mut body = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#,
    );
    for p in paragraphs.iter().flat_map(|p| p.lines()) {
        body.push_str(&format!(
            r#"<w:p><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
            escape(p)
        ));
    }
    body.push_str("</w:body></w:document>");
    zip_file(
        path,
        &[
            ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
            ("word/document.xml", body),
        ],
    )
}

/// A .pptx with these slides (title, text).
pub fn write_pptx(path: &Path, slides: &[(String, String)]) -> Result<(), Error> {
    let mut parts = vec![("[Content_Types].xml".to_owned(), CONTENT_TYPES.to_owned())];
    for (i, (title, text)) in slides.iter().enumerate() {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{}</a:t></a:r></a:p></p:txBody></p:sp><p:sp><p:txBody><a:p><a:r><a:t>{}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>"#,
            escape(title),
            escape(text)
        );
        parts.push((format!("ppt/slides/slide{}.xml", i + 1), xml));
    }
    let refs: Vec<(&str, String)> = parts.iter().map(|(n, c)| (n.as_str(), c.clone())).collect();
    zip_file(path, &refs)
}

/// A .pdf of these paragraphs in STSong-Light, not embedded, UniGB-UCS2-H (as reportlab and
/// many office exports write Chinese), 34 characters a line, 40 lines a page.
pub fn write_pdf(path: &Path, paragraphs: &[String]) -> Result<(), Error> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.4");
    let pages_id = doc.new_object_id();
    let descendant = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "CIDFontType0", "BaseFont" => "STSong-Light",
        "CIDSystemInfo" => dictionary! { "Registry" => Object::string_literal("Adobe"), "Ordering" => Object::string_literal("GB1"), "Supplement" => 2 },
    });
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "STSong-Light", "Encoding" => "UniGB-UCS2-H",
        "DescendantFonts" => vec![descendant.into()],
    });
    let lines: Vec<String> = paragraphs
        .iter()
        .flat_map(|p| {
            let chars: Vec<char> = p.chars().collect();
            chars
                .chunks(34)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
        })
        .collect();
    let mut kids = Vec::new();
    for page in lines.chunks(40) {
        let mut ops = String::from("BT /F1 11 Tf 14 TL 50 800 Td\n");
        for l in page {
            let hex: String = l.encode_utf16().map(|u| format!("{u:04X}")).collect();
            ops.push_str(&format!("<{hex}> Tj T*\n"));
        }
        ops.push_str("ET");
        let content = doc.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Contents" => content, "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        kids.push(page.into());
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).map_err(|e| Error::write(path, e))?);
    doc.save_to(&mut file)
        .map_err(|e| Error::write(path, std::io::Error::other(e)))?;
    Ok(())
}

/// Writes a lesson's four documents into `dir`.
pub fn write_lesson(dir: &Path, text: &LessonText) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    write_docx(&dir.join("教学设计.docx"), &text.design)?;
    write_pptx(&dir.join("课件.pptx"), &text.slides)?;
    write_pdf(&dir.join("学习任务单.pdf"), &text.tasks)?;
    write_docx(&dir.join("作业练习.docx"), &text.homework)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_written_document_reads_back_as_its_text() {
        let dir = tempfile::tempdir().unwrap();
        let text = lesson(7);
        write_lesson(dir.path(), &text).unwrap();
        let squash = |s: &str| s.chars().filter_map(crate::similar::kept).collect::<String>();
        let read = |f: &str, fmt: &str| {
            squash(&crate::similar::extract::extract(fmt, &std::fs::read(dir.path().join(f)).unwrap()).unwrap())
        };
        assert_eq!(read("教学设计.docx", "docx"), squash(&text.design.join("\n")));
        assert_eq!(
            read("学习任务单.pdf", "pdf"),
            squash(&text.tasks.join("")),
            "the UCS2 pdf reads back whole"
        );
        let slides: String = text.slides.iter().map(|(t, x)| format!("{t}{x}")).collect();
        assert_eq!(read("课件.pptx", "pptx"), squash(&slides));
        assert!(
            squash(&text.design.join("")).chars().count() > 4000,
            "a 教学设计 of realistic length"
        );
    }
}
