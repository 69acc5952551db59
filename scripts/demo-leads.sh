#!/usr/bin/env bash
# Writes a demo lead export (CSV, UTF-8, CRLF, Chinese headers as ad platforms write them) to stdout:
# 240 made-up people with made-up numbers, a few duplicates and one row without any identity, so the
# import report has something to say. Deterministic, no dependencies beyond bash.
set -euo pipefail
surnames=(王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙)
given=(芳 秀英 静 丽 敏 婷 雪 佳怡 子涵 欣怡 梓萱 晓明 伟 磊 洋 勇 军 杰 娜 慧)
sources=(抖音 小红书 微信朋友圈 大众点评 门店自然客流)
cities=(上海 杭州 苏州 南京)
notes=("想了解香薰精油" "问了会员价，周末到店" "对护手霜感兴趣, 需要回访" "朋友推荐")
printf '姓名,手机号,微信号,线索来源,城市,意向等级,备注\r\n'
for i in $(seq 0 239); do
    name="${surnames[i % 12]}${given[(i / 12) % 20]}"
    phone=$(printf '1391234%04d' "$i")
    wechat=""
    ((i % 3 == 0)) && wechat="wx_demo_$i"
    printf '%s,%s,%s,%s,%s,%s,"%s"\r\n' "$name" "$phone" "$wechat" "${sources[i % 5]}" "${cities[i % 4]}" \
        "$((i % 4))" "${notes[i % 4]}"
done
# The same people again from another channel: merged, not duplicated.
for i in 3 17 42; do
    printf '%s,%s,,%s,,,\r\n' "${surnames[i % 12]}${given[(i / 12) % 20]}" "$(printf '1391234%04d' "$i")" "线下活动"
done
printf '没有联系方式的客户,,,抖音,,,\r\n'
