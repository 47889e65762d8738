#!/bin/sh
# Makes the demo's short film clips and their posters (demo/media/films/). Run once, by hand, when a clip
# changes; the outputs are committed, so neither CI nor the site needs ffmpeg:
#
#   apt-get install -y ffmpeg fonts-dejavu-core   # Debian
#   sh demo/media/make_films.sh
#
# Each clip is a calm colour card: a slowly drifting two-colour gradient with the film's title, eight seconds,
# 640x360 at 15 frames a second, VP9 in WebM, no sound. The captions beside them (<name>.nl.vtt, <name>.en.vtt)
# are written by hand; demo/data/media.yaml says which library item gets which clip.
set -eu
cd "$(dirname "$0")/films"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

clip() {  # name, title, first colour, second colour
  name=$1 title=$2 c0=$3 c1=$4
  ffmpeg -hide_banner -loglevel error -y \
    -f lavfi -i "gradients=size=640x360:rate=15:duration=8:c0=$c0:c1=$c1:x0=0:y0=0:x1=640:y1=360:speed=0.004" \
    -vf "drawtext=fontfile=$BOLD:text='$title':fontcolor=0x1d2b36:fontsize=38:x=(w-tw)/2:y=(h-th)/2-18,\
drawtext=fontfile=$FONT:text='WIJschool demo':fontcolor=0x1d2b36@0.8:fontsize=20:x=(w-tw)/2:y=(h/2)+30,\
fade=t=in:st=0:d=1,fade=t=out:st=7:d=1" \
    -c:v libvpx-vp9 -b:v 0 -crf 45 -row-mt 1 -deadline good -cpu-used 4 -pix_fmt yuv420p -an \
    -metadata title="$title" "$name.webm"
  # The poster: a still from the middle of the clip.
  ffmpeg -hide_banner -loglevel error -y -ss 3 -i "$name.webm" -frames:v 1 -update 1 "$name.poster.png"
}

clip gemist-worden "Gemist worden" 0xf3d9b1 0xb9d7cf
clip check-in-bij-de-deur "Check-in bij de deur" 0xc9dcf0 0xf1e3c6
clip voorbeeldfragment "Voorbeeldfragment" 0xe4e1ee 0xd3e6d8
ls -l
