// The service worker: keeps every file of this build in the browser's cache,
// so that after one visit the app starts and a whole check can be done with
// no network. `make build` fills in the three placeholders below
// (scripts/postbuild.mjs): the build id and the two lists of files. A new build
// therefore has a new service worker, which fills its own cache; the app
// offers to reload, and the old cache is removed when the new worker takes
// over. Nothing here talks to any other origin.
const BUILD = '__BUILD_ID__';
const FILES = __PRECACHE__;
// The language packs beyond the first language and the split-off parts of the
// code (a check, the seldom-seen screens): kept after the app's own files, so
// the first visit is not slowed and every language and screen works offline.
const FILL = __FILL__;
const PREFIX = 'veilig-check-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(FILES);
      // A pack that cannot be fetched now is fetched when first chosen.
      await Promise.allSettled(FILL.map((file) => cache.add(file)));
    }),
  );
  // No skipWaiting here: a page that is open keeps its version until the
  // person chooses to reload (see the 'message' handler).
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Any page address gets the app's own page: the app has no other pages.
  const key = request.mode === 'navigate' ? '/index.html' : request;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(key, { ignoreSearch: true });
      if (hit) return hit;
      const response = await fetch(request);
      // A pack or part the fill could not get is kept once it is needed.
      if (response.ok && FILL.includes(new URL(request.url).pathname)) await cache.put(request, response.clone());
      return response;
    }),
  );
});
