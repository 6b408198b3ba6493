// rtlib/rpyc_js.js: the JS half of the bridge between translated programs
// and their JS host (emcc --js-library; the C half is rtlib/rt_js.cpp).
// The driver links it only into programs that use the `javascript`
// module, and emcc includes only the functions the program imports.
//
// JS values live in a table, RPYJS.vals; the program holds slot numbers
// (each owned by one rpy_jsref GC object, released when it is collected).
// Slot 0 is never used: 0 means "the operation threw" and RPYJS.error
// holds what was thrown. A slot read as a property also keeps the object
// it was read from (RPYJS.thisv), so `obj.method(...)` calls with `this`.
//
// Arguments travel through RPYJS.stack: the program pushes converted
// values, then an operation pops as many as it needs. Strings cross as
// UTF-8 in linear memory. Callbacks: a function pointer of the program
// becomes a JS function (one per pointer) that calls the exported
// rpy_js_invoke. Keep this file free of BigInt literals (emcc 3.1.6's
// minifier) and of null members in RPYJS (jsifier cannot print them).
var RpycJsLibrary = {
  $RPYJS: {
    vals: [0],
    thisv: [0],
    free: [],
    live: 0,
    stack: [],
    fns: {},
    exports: {},
    text: [],
    error: 0,
    thrown: [],
    alloc: function (v, t) {
      var s = RPYJS.free.length ? RPYJS.free.pop() : RPYJS.vals.length;
      RPYJS.vals[s] = v;
      RPYJS.thisv[s] = t;
      RPYJS.live++;
      return s;
    },
    str: function (p, n) {
      var s = '';
      for (var i = 0; i < n; i++) {
        var c = HEAPU8[p + i];
        if (c >= 128) return new TextDecoder('utf-8').decode(HEAPU8.subarray(p, p + n));
        s += String.fromCharCode(c);
      }
      return s;
    },
    keep: function (s) {
      RPYJS.text = new TextEncoder().encode(s);
      return RPYJS.text.length;
    },
    fail: function (e) {
      RPYJS.error = e;
      return 0;
    },
    pop: function (n) {
      var st = RPYJS.stack;
      return n ? st.splice(st.length - n, n) : [];
    },
    // The JS function calling the program's adapter `ptr` (rt_js.cpp).
    fn: function (ptr) {
      var f = RPYJS.fns[ptr];
      if (f) return f;
      f = function () {
        var args = RPYJS.alloc(Array.prototype.slice.call(arguments), undefined);
        var r = _rpy_js_invoke(ptr, args);
        RPYJS.release(args);
        if (RPYJS.thrown.length) throw RPYJS.thrown.pop();
        var v = RPYJS.vals[r];
        RPYJS.release(r);
        return v;
      };
      RPYJS.fns[ptr] = f;
      return f;
    },
    release: function (s) {
      if (!s) return;
      RPYJS.vals[s] = undefined;
      RPYJS.thisv[s] = undefined;
      RPYJS.free.push(s);
      RPYJS.live--;
    },
    global: function (expr) {
      if (expr === 'require' && typeof require === 'function') return require;
      var literal = ['null', 'true', 'false', 'undefined', 'NaN', 'Infinity', 'this'];
      if (/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(expr) &&
          literal.indexOf(expr.split('.')[0]) < 0) {
        var v = globalThis;
        var parts = expr.split('.');
        for (var i = 0; i < parts.length; i++) {
          if (i === 0 && parts[0] === 'globalThis') continue;
          v = v[parts[i]];
        }
        return v;
      }
      return (0, eval)('(' + expr + ')');
    },
  },

  rpyjs_global__deps: ['$RPYJS'],
  rpyjs_global: function (p, n) {
    try {
      return RPYJS.alloc(RPYJS.global(RPYJS.str(p, n)), undefined);
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_get__deps: ['$RPYJS'],
  rpyjs_get: function (obj, p, n) {
    try {
      var o = RPYJS.vals[obj];
      return RPYJS.alloc(o[RPYJS.str(p, n)], o);
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_set__deps: ['$RPYJS'],
  rpyjs_set: function (obj, p, n) {
    var v = RPYJS.stack.pop();
    try {
      RPYJS.vals[obj][RPYJS.str(p, n)] = v;
      return 1;
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_getitem__deps: ['$RPYJS'],
  rpyjs_getitem: function (obj) {
    var k = RPYJS.stack.pop();
    try {
      var o = RPYJS.vals[obj];
      return RPYJS.alloc(o[k], o);
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_setitem__deps: ['$RPYJS'],
  rpyjs_setitem: function (obj) {
    var v = RPYJS.stack.pop();
    var k = RPYJS.stack.pop();
    try {
      RPYJS.vals[obj][k] = v;
      return 1;
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_push_num__deps: ['$RPYJS'],
  rpyjs_push_num: function (x) {
    RPYJS.stack.push(x);
  },
  rpyjs_push_bool__deps: ['$RPYJS'],
  rpyjs_push_bool: function (x) {
    RPYJS.stack.push(!!x);
  },
  rpyjs_push_str__deps: ['$RPYJS'],
  rpyjs_push_str: function (p, n) {
    RPYJS.stack.push(RPYJS.str(p, n));
  },
  rpyjs_push_null__deps: ['$RPYJS'],
  rpyjs_push_null: function () {
    RPYJS.stack.push(null);
  },
  rpyjs_push_slot__deps: ['$RPYJS'],
  rpyjs_push_slot: function (s) {
    RPYJS.stack.push(RPYJS.vals[s]);
  },
  rpyjs_push_fn__deps: ['$RPYJS'],
  rpyjs_push_fn: function (ptr) {
    RPYJS.stack.push(RPYJS.fn(ptr));
  },
  rpyjs_push_array__deps: ['$RPYJS'],
  rpyjs_push_array: function (n) {
    RPYJS.stack.push(RPYJS.pop(n));
  },
  rpyjs_push_object__deps: ['$RPYJS'],
  rpyjs_push_object: function (npairs) {
    var kv = RPYJS.pop(2 * npairs);
    var o = {};
    for (var i = 0; i < kv.length; i += 2) o[kv[i]] = kv[i + 1];
    RPYJS.stack.push(o);
  },
  rpyjs_pop__deps: ['$RPYJS'],
  rpyjs_pop: function () {
    return RPYJS.alloc(RPYJS.stack.pop(), undefined);
  },
  rpyjs_call__deps: ['$RPYJS'],
  rpyjs_call: function (fn, n) {
    var args = RPYJS.pop(n);
    try {
      var f = RPYJS.vals[fn];
      if (typeof f !== 'function') throw new TypeError(String(f) + ' is not a function');
      return RPYJS.alloc(f.apply(RPYJS.thisv[fn], args), undefined);
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_callmethod__deps: ['$RPYJS'],
  rpyjs_callmethod: function (obj, p, n, nargs) {
    var args = RPYJS.pop(nargs);
    try {
      var o = RPYJS.vals[obj];
      var f = o[RPYJS.str(p, n)];
      if (typeof f !== 'function') throw new TypeError(String(f) + ' is not a function');
      return RPYJS.alloc(f.apply(o, args), undefined);
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_new__deps: ['$RPYJS'],
  rpyjs_new: function (fn, n) {
    var args = RPYJS.pop(n);
    try {
      return RPYJS.alloc(Reflect.construct(RPYJS.vals[fn], args), undefined);
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_release__deps: ['$RPYJS'],
  rpyjs_release: function (s) {
    RPYJS.release(s);
  },
  rpyjs_dup__deps: ['$RPYJS'],
  rpyjs_dup: function (s) {
    return RPYJS.alloc(RPYJS.vals[s], undefined);
  },
  rpyjs_to_num__deps: ['$RPYJS'],
  rpyjs_to_num: function (s) {
    return Number(RPYJS.vals[s]);
  },
  rpyjs_to_bool__deps: ['$RPYJS'],
  rpyjs_to_bool: function (s) {
    return RPYJS.vals[s] ? 1 : 0;
  },
  // String(v) as UTF-8: returns the byte length; rpyjs_take_text copies it.
  rpyjs_to_str__deps: ['$RPYJS'],
  rpyjs_to_str: function (s) {
    try {
      return RPYJS.keep(String(RPYJS.vals[s]));
    } catch (e) {
      RPYJS.error = e;
      return -1;
    }
  },
  rpyjs_typeof__deps: ['$RPYJS'],
  rpyjs_typeof: function (s) {
    var v = RPYJS.vals[s];
    return RPYJS.keep(v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  },
  rpyjs_error__deps: ['$RPYJS'],
  rpyjs_error: function () {
    var e = RPYJS.error;
    RPYJS.error = 0;
    var text;
    try {
      text = String(e);
    } catch (x) {
      text = 'JS exception';
    }
    return RPYJS.keep(text);
  },
  rpyjs_take_text__deps: ['$RPYJS'],
  rpyjs_take_text: function (p) {
    HEAPU8.set(RPYJS.text, p);
    RPYJS.text = [];
  },
  rpyjs_length__deps: ['$RPYJS'],
  rpyjs_length: function (s) {
    try {
      var n = RPYJS.vals[s].length;
      return typeof n === 'number' ? n : -1;
    } catch (e) {
      return -1;
    }
  },
  rpyjs_keys__deps: ['$RPYJS'],
  rpyjs_keys: function (s) {
    try {
      return RPYJS.alloc(Object.keys(RPYJS.vals[s]), undefined);
    } catch (e) {
      return RPYJS.fail(e);
    }
  },
  rpyjs_live__deps: ['$RPYJS'],
  rpyjs_live: function () {
    return RPYJS.live;
  },
  rpyjs_log__deps: ['$RPYJS'],
  rpyjs_log: function (s) {
    console.log(RPYJS.vals[s]);
  },
  // A callback or export raised: what the JS caller receives as thrown.
  rpyjs_throw__deps: ['$RPYJS'],
  rpyjs_throw: function (p, n) {
    RPYJS.thrown.push(new Error(RPYJS.str(p, n)));
  },
  // `await v`: settle the task in `cell` (rt_js.cpp) when v settles.
  rpyjs_await__deps: ['$RPYJS'],
  rpyjs_await: function (s, cell) {
    Promise.resolve(RPYJS.vals[s]).then(function (x) {
      _rpy_js_settle(cell, RPYJS.alloc(x, undefined), 0);
    }, function (e) {
      RPYJS.error = e;
      _rpy_js_settle(cell, 0, 1);
    });
  },
  // The promise of a task handed to JS, with the functions settling it.
  rpyjs_deferred__deps: ['$RPYJS'],
  rpyjs_deferred: function () {
    var d = {};
    d.promise = new Promise(function (resolve, reject) {
      d.resolve = resolve;
      d.reject = reject;
    });
    return RPYJS.alloc(d, undefined);
  },
  // An exception escaped an asynchronous function that nobody awaited.
  rpyjs_exit: function (status) {
    if (typeof process === 'object' && process.versions && process.versions.node) {
      process.exit(status);
    }
    throw new Error('rpyc: uncaught exception in an asynchronous function');
  },
  rpyjs_export__deps: ['$RPYJS'],
  rpyjs_export: function (p, n, ptr) {
    RPYJS.exports[RPYJS.str(p, n)] = RPYJS.fn(ptr);
  },
  // Called once the program's main returned (or, in a library, once it
  // started): publishes the exports and the table counter on Module.
  rpyjs_ready__deps: ['$RPYJS'],
  rpyjs_ready: function (status) {
    Module['rpycExports'] = RPYJS.exports;
    Module['rpycJsLive'] = function () { return RPYJS.live; };
    if (typeof process === 'object' && process.versions && process.versions.node) {
      process.exitCode = status;
    }
  },
};

mergeInto(LibraryManager.library, RpycJsLibrary);
