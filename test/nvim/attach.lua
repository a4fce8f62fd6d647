-- Headless Neovim as a third-party LSP client of policylint-ls.
--
--   POLICYLINT_NVIM_OUT=/tmp/out.json \
--     nvim --headless --clean -n -i NONE -c "luafile test/nvim/attach.lua" draft.md
--
-- Starts `node server/bin/policylint-ls.js --stdio` with the draft's folder as
-- root, attaches it to the current buffer (filetype markdown), waits until
-- vim.diagnostic.get() has the pushed diagnostics, shuts the server down and
-- writes JSON to $POLICYLINT_NVIM_OUT:
--
--   { "ok": true, "diagnostics": [{lnum, col, col_utf16, end_lnum, end_col,
--     code, message, source, severity}], "status": {...}, "messages": [...],
--     "server_exit": {code, signal}, "elapsed_ms": N }
--
-- then quits with `qa!`. On a timeout, a server that dies, or any Lua error, it
-- writes { "ok": false, "error": "...", ... } and exits non-zero (`cquit 1`).
--
-- Uses only APIs present in Neovim 0.7 (vim.lsp.start_client,
-- vim.lsp.buf_attach_client, vim.diagnostic.get); vim.lsp.start is 0.8+.
--
-- Environment:
--   POLICYLINT_NVIM_OUT      where to write the JSON (required)
--   POLICYLINT_NVIM_TIMEOUT  ms to wait for diagnostics (default 10000)
--   POLICYLINT_NODE          node executable (default "node")
--   POLICYLINT_LS            path to policylint-ls.js (default: this repo's server/bin/policylint-ls.js)

local started = vim.loop.hrtime()
local out_path = os.getenv('POLICYLINT_NVIM_OUT')
local timeout = tonumber(os.getenv('POLICYLINT_NVIM_TIMEOUT') or '') or 10000

local function elapsed_ms()
  return math.floor((vim.loop.hrtime() - started) / 1e6)
end

local function write_json(value)
  value.elapsed_ms = elapsed_ms()
  local text = vim.fn.json_encode(value)
  if not out_path or out_path == '' then
    io.stderr:write(text .. '\n')
    return
  end
  local f = assert(io.open(out_path, 'w'))
  f:write(text)
  f:close()
end

-- The repository root, from this script's own path: <root>/test/nvim/attach.lua.
local function repo_root()
  local src = debug.getinfo(1, 'S').source
  if src:sub(1, 1) == '@' then src = src:sub(2) end
  return vim.fn.fnamemodify(src, ':p:h:h:h')
end

local state = {
  messages = {}, -- window/logMessage and window/showMessage from the server
  status = vim.NIL, -- the last policylint/status notification
  server_exit = vim.NIL,
}

local function on_message(kind)
  return function(_, result)
    table.insert(state.messages, { kind = kind, type = result.type, message = result.message })
    return vim.NIL
  end
end

local function main()
  if not out_path or out_path == '' then error('POLICYLINT_NVIM_OUT is not set') end

  local bufnr = vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(bufnr)
  if file == '' then error('no draft given: pass the draft file as an argument to nvim') end
  -- -u NONE / --clean load no filetype detection; set it explicitly, the
  -- client sends it as the languageId.
  vim.bo[bufnr].filetype = 'markdown'

  local server = os.getenv('POLICYLINT_LS') or (repo_root() .. '/server/bin/policylint-ls.js')
  if vim.fn.filereadable(server) ~= 1 then error('server not found: ' .. server) end
  local node = os.getenv('POLICYLINT_NODE') or 'node'

  local client_id = vim.lsp.start_client({
    name = 'policylint',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['window/logMessage'] = on_message('log'),
      ['window/showMessage'] = on_message('show'),
      ['policylint/status'] = function(_, result)
        state.status = result
        return vim.NIL
      end,
    },
    on_exit = function(code, signal)
      state.server_exit = { code = code, signal = signal }
    end,
  })
  if not client_id then error('vim.lsp.start_client failed for ' .. vim.inspect({ node, server, '--stdio' })) end
  if not vim.lsp.buf_attach_client(bufnr, client_id) then error('vim.lsp.buf_attach_client failed') end

  local got = vim.wait(timeout, function()
    return #vim.diagnostic.get(bufnr) > 0 or state.server_exit ~= vim.NIL
  end, 50)

  local raw = vim.diagnostic.get(bufnr)
  if #raw == 0 then
    local why = state.server_exit ~= vim.NIL
        and ('server exited before publishing diagnostics: ' .. vim.inspect(state.server_exit))
      or (got and 'no diagnostics' or ('no diagnostics within ' .. timeout .. ' ms'))
    return false, why
  end

  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local diagnostics = {}
  for _, d in ipairs(raw) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then code = d.user_data.lsp.code end
    local _, col16 = vim.str_utfindex(lines[d.lnum + 1] or '', d.col)
    table.insert(diagnostics, {
      lnum = d.lnum, -- 0-based line
      col = d.col, -- 0-based byte column (Neovim converts the server's UTF-16 positions)
      col_utf16 = col16, -- back to UTF-16 code units, as the server and the CLI count
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      code = code == nil and vim.NIL or code,
      message = d.message,
      source = d.source == nil and vim.NIL or d.source,
      severity = d.severity, -- vim.diagnostic.severity: 1 ERROR, 2 WARN, 3 INFO, 4 HINT
    })
  end
  table.sort(diagnostics, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    return a.col < b.col
  end)

  -- A well-behaved server answers `shutdown` and exits on `exit`.
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return state.server_exit ~= vim.NIL end, 20)

  return true, diagnostics
end

local ok, result, extra = xpcall(main, debug.traceback)
if ok and result then
  write_json({ ok = true, diagnostics = extra, status = state.status, messages = state.messages, server_exit = state.server_exit })
  vim.cmd('qa!')
else
  local err = ok and extra or result
  pcall(write_json, { ok = false, error = tostring(err), status = state.status, messages = state.messages, server_exit = state.server_exit })
  io.stderr:write('attach.lua: ' .. tostring(err) .. '\n')
  vim.cmd('cquit 1')
end
