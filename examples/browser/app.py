# A page whose program builds its DOM, handles a click and awaits a fetch
# from the host that serves it.
#   rpyc -o out examples/browser/app.py
#   cp examples/browser/index.html examples/browser/note.txt out/
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


async def load_note(element):
    response = await js.fetch('note.txt')
    if not response.ok:
        element.textContent = 'fetch failed: HTTP %d' % int(response.status)
        return
    text = await response.text()
    element.textContent = 'fetched: ' + str(text).strip()


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
    note = doc.createElement('p')
    note.id = 'note'
    note.textContent = 'loading...'
    doc.body.appendChild(note)
    load_note(note)  # starts the task; main goes on while fetch runs
    doc.title = 'rpyc DOM example'
    print('page ready')
    return 0


def target(*args):
    return main, None
