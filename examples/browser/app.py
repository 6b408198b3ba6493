# A page whose program builds its DOM and handles a click.
#   rpyc -o out examples/browser/app.py && cp examples/browser/index.html out/
#   then serve out/ over HTTP and open index.html.
from javascript import js

CLICKS = [0]


def on_click(event):
    CLICKS[0] += 1
    out = js.document.getElementById('out')
    out.textContent = 'clicked %d time%s' % (CLICKS[0], '' if CLICKS[0] == 1 else 's')
    item = js.document.createElement('li')
    item.textContent = 'click #%d on <%s>' % (CLICKS[0], str(event.target.tagName).lower())
    js.document.getElementById('log').appendChild(item)


def main(argv):
    doc = js.document
    title = doc.createElement('h1')
    title.textContent = 'rpyc in the browser'
    title.style.color = 'darkred'
    doc.body.appendChild(title)
    button = doc.createElement('button')
    button.id = 'btn'
    button.textContent = 'Click me'
    button.addEventListener('click', on_click)
    doc.body.appendChild(button)
    out = doc.createElement('p')
    out.id = 'out'
    out.textContent = 'not clicked yet'
    doc.body.appendChild(out)
    log = doc.createElement('ul')
    log.id = 'log'
    doc.body.appendChild(log)
    doc.title = 'rpyc DOM example'
    print('page ready')
    return 0


def target(*args):
    return main, None
